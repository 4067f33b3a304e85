// Sanity program tests/analysis/programs/constant_fixed_loop.py (constant), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    cin >> n;
    long long total = 0;
    for (int i = 0; i < 1000; i++) {
        total += i * n;
    }
    cout << total << endl;
    return 0;
}