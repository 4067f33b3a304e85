// Sanity program tests/analysis/programs/exponential_fib.py (exponential), translated to C++.
#include <bits/stdc++.h>
using namespace std;

long long fib(int n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

int main() {
    int n;
    cin >> n;
    cout << fib(n) << endl;
    return 0;
}