// Sanity program tests/analysis/programs/linear_range.py (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    long long best = 0;
    for (int i = 0; i < n; i++) best = max(best, a[i]);
    cout << best << endl;
    return 0;
}