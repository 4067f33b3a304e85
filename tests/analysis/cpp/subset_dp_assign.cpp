// expect time=exponential
#include <bits/stdc++.h>
using namespace std;

int n;
vector<int> cost, best;

int solve(int mask) {
    if (mask == (1 << n) - 1) return 0;
    if (best[mask] != -1) return best[mask];
    int res = INT_MAX;
    for (int i = 0; i < n; i++)
        if (!(mask & (1 << i))) res = min(res, cost[i] + solve(mask | (1 << i)));
    best[mask] = res;
    return res;
}

int main() {
    cin >> n;
    cost.resize(n);
    for (int &c : cost) cin >> c;
    best.assign(1 << n, -1);
    cout << solve(0) << endl;
}
