// expect time=constant
#include <iostream>

template <class T> T gcd_of(T a, T b) { return b == 0 ? a : gcd_of(b, a % b); }

int main() {
    long long a, b;
    std::cin >> a >> b;
    std::cout << gcd_of(a, b) << std::endl;
}
