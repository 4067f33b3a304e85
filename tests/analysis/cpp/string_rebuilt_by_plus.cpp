// expect time=quadratic space=linear
// s = s + c makes a new string and copies s into it on every pass (only s += c appends in place).
#include <iostream>
#include <string>

int main() {
    int n;
    std::cin >> n;
    std::string s;
    for (int i = 0; i < n; i++)
        s = s + char('a' + i % 26);
    std::cout << s.size() << '\n';
}
