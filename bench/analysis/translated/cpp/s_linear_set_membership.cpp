// Sanity program tests/analysis/programs/linear_set_membership.py (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    unordered_set<long long> seen;
    for (long long x : a) {
        if (seen.count(x)) cout << "dup" << endl;
        seen.insert(x);
    }
    return 0;
}