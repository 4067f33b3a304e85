// Sanity program tests/analysis/programs/linear_sum_builtin.py (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    vector<long long> a;
    long long x;
    while (cin >> x) a.push_back(x);
    long long sum = accumulate(a.begin(), a.end(), 0LL);
    cout << sum - *min_element(a.begin(), a.end()) + *max_element(a.begin(), a.end()) << endl;
    return 0;
}