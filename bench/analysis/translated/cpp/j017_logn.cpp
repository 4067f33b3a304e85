// CodeComplex Java dev #17 (logn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

long long sd(const string &s) {
    long long c = 0;
    for (size_t i = 0; i < s.length(); i++) {
        c += s[i];
    }
    return c - (long long)s.length() * 0x30;
}

int main() {
    long long n, s;
    cin >> n >> s;
    long long i = (s / 10 + 1) * 10;
    if (n < 10 || n - sd(to_string(n)) < s) {
        cout << 0 << endl;
        return 0;
    }
    while (!(i - sd(to_string(i)) >= s)) {
        i += 10;
    }
    cout << n - i + 1 << endl;
    return 0;
}
