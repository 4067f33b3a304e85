// Sanity program tests/analysis/programs/linear_two_pointers.py (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long k;
    cin >> n >> k;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    int j = 0;
    int best = 0;
    long long total = 0;
    for (int i = 0; i < n; i++) {
        total += a[i];
        while (total > k) {
            total -= a[j];
            j++;
        }
        best = max(best, i - j + 1);
    }
    cout << best << endl;
    return 0;
}