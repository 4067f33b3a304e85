// CodeComplex Java dev #40 (cubic), translated to C++ (memoized recursion over cell and steps).
#include <bits/stdc++.h>
using namespace std;

static vector<vector<vector<int>>> memo;
static const int inf = (int)1e9;
static int n, m;
static vector<vector<int>> down, rightW;

static int dp(int i, int j, int k) {
    if (k <= 0) return 0;
    if (memo[i][j][k] != -1) return memo[i][j][k];
    int ans = inf;
    if (i + 1 < n) ans = min(ans, down[i][j] + dp(i + 1, j, k - 1));
    if (i - 1 >= 0) ans = min(ans, down[i - 1][j] + dp(i - 1, j, k - 1));
    if (j + 1 < m) ans = min(ans, rightW[i][j] + dp(i, j + 1, k - 1));
    if (j - 1 >= 0) ans = min(ans, rightW[i][j - 1] + dp(i, j - 1, k - 1));
    return memo[i][j][k] = ans;
}

static void solve() {
    int k;
    cin >> n >> m >> k;
    if ((k & 1) == 1) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) cout << (-1) << " ";
            cout << "\n";
        }
        return;
    }
    k >>= 1;
    rightW.assign(n, vector<int>(max(m - 1, 0)));
    down.assign(max(n - 1, 0), vector<int>(m));
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m - 1; j++) cin >> rightW[i][j];
    for (int i = 0; i < n - 1; i++)
        for (int j = 0; j < m; j++) cin >> down[i][j];
    memo.assign(n, vector<vector<int>>(m, vector<int>(k + 1)));
    for (int i = 0; i <= k; i++)
        for (int j = 0; j < n; j++)
            for (int o = 0; o < m; o++) memo[j][o][i] = -1;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) cout << (dp(i, j, k) << 1) << " ";
        cout << "\n";
    }
}

int main() {
    int tc = 1;
    for (int i = 1; i <= tc; i++) solve();
    return 0;
}
