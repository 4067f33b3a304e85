// expect time=exponential
// prev_permutation over a mask of bools visits the subsets of each size: 2^n passes in all.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    int count = 0;
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
}
