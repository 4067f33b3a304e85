// expect time=exponential
// prev_permutation over a mask of bools visits the ways to choose k of n: up to C(n, n/2) ~ 2^n passes.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    cin >> n >> k;
    vector<int> w(n);
    for (int i = 0; i < n; i++) cin >> w[i];
    vector<bool> chosen(n);
    for (int i = 0; i < k && i < n; i++) chosen[i] = true;
    int best = INT_MIN;
    do {
        int spread = 0;
        for (int i = 0; i < n; i++) spread += chosen[i] ? w[i] : -w[i];
        best = max(best, spread);
    } while (prev_permutation(chosen.begin(), chosen.end()));
    cout << best << "\n";
}
