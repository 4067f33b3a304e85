// Sanity program tests/analysis/programs/nlogn_sort.py (nlogn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    sort(a.begin(), a.end());
    cout << a[n / 2] << endl;
    return 0;
}