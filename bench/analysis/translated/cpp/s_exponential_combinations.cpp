// Sanity program tests/analysis/programs/exponential_combinations.py (exponential), translated to C++.
#include <bits/stdc++.h>
using namespace std;

// itertools.combinations: every r-subset, visited with prev_permutation over a selection mask.
int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    long long count = 0;
    for (int r = 0; r <= n; r++) {
        vector<bool> pick(n, false);
        fill(pick.begin(), pick.begin() + r, true);
        do {
            long long sum = 0;
            for (int i = 0; i < n; i++)
                if (pick[i]) sum += a[i];
            if (sum == 0) count++;
        } while (prev_permutation(pick.begin(), pick.end()));
    }
    cout << count << endl;
    return 0;
}