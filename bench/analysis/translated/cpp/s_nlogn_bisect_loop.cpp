// Sanity program tests/analysis/programs/nlogn_bisect_loop.py (nlogn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    sort(a.begin(), a.end());
    for (int q = 0; q < n; q++) {
        long long x;
        cin >> x;
        cout << lower_bound(a.begin(), a.end(), x) - a.begin() << "\n";
    }
    return 0;
}