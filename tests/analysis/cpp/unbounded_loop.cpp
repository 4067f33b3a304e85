// expect time=constant risks=unbounded_loop
#include <iostream>

int main() {
    long long steps = 0;
    while (true) {
        steps++;
    }
    std::cout << steps << std::endl;
}
