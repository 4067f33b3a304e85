// Sanity program tests/analysis/programs/quadratic_list_membership.py (quadratic), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    vector<long long> uniq;
    for (long long x : a) {
        if (find(uniq.begin(), uniq.end(), x) == uniq.end()) uniq.push_back(x);
    }
    cout << uniq.size() << endl;
    return 0;
}