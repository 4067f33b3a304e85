// CodeComplex Java dev #0 (exponential), translated to C++ (__builtin_popcount for Integer.bitCount).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, kIn;
    cin >> n >> kIn;
    double k = kIn;
    vector<long long> graph(n);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            int val;
            cin >> val;
            if (val == 1 || i == j) graph[i] |= 1LL << j;
        }
    }
    int szLeft = n / 2;
    int szRight = n - szLeft;
    vector<int> dp(1 << szLeft);
    int maxMask = 1 << szLeft;
    for (int mask = 1; mask < maxMask; mask++) {
        int curMask = mask;
        for (int j = 0; j < szLeft; j++) {
            if (((1 << j) & mask) > 0) {
                curMask &= (int)(graph[j + szRight] >> szRight);
                dp[mask] = max(dp[mask], dp[mask ^ (1 << j)]);
            }
        }
        if (mask == curMask) dp[mask] = max(dp[mask], __builtin_popcount(mask));
    }
    int ans = 0;
    int rmaxMask = 1 << szRight;
    for (int mask = 0; mask < rmaxMask; mask++) {
        int curMask = mask;
        int oMask = maxMask - 1;
        for (int j = 0; j < szRight; j++) {
            if (((1 << j) & mask) > 0) {
                curMask &= (int)(graph[j] & (rmaxMask - 1));
                oMask &= (int)(graph[j] >> szRight);
            }
        }
        if (curMask != mask) continue;
        ans = max(ans, __builtin_popcount(mask) + dp[oMask]);
    }
    k /= ans;
    cout << setprecision(12) << k * k * (ans * (ans - 1)) / 2 << endl;
    return 0;
}
