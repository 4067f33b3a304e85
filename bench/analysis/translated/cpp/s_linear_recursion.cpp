// Sanity program tests/analysis/programs/linear_recursion.py (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

long long total(long long n) {
    if (n == 0) return 0;
    return n + total(n - 1);
}

int main() {
    long long n;
    cin >> n;
    cout << total(n) << endl;
    return 0;
}