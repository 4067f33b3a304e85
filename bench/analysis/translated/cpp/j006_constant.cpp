// CodeComplex Java dev #6 (constant), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    cin >> n;
    if (n >= -9) {
        cout << n << endl;
    } else {
        long long absN = llabs(n);
        long long m1 = -(absN / 10);
        long long last = absN % 10;
        long long m2 = -((absN / 100) * 10 + last);
        cout << max(m1, m2) << endl;
    }
    return 0;
}
