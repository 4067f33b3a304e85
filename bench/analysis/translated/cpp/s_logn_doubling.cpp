// Sanity program tests/analysis/programs/logn_doubling.py (logn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    cin >> n;
    long long i = 1;
    while (i < n) i *= 2;
    cout << i << endl;
    return 0;
}