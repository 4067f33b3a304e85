// Sanity program tests/analysis/programs/logn_recursive_halving.py (logn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

long long power(long long x, long long n) {
    if (n == 0) return 1;
    long long half = power(x, n / 2);
    return half * half * (n % 2 ? x : 1);
}

int main() {
    long long n;
    cin >> n;
    cout << power(3, n) << endl;
    return 0;
}