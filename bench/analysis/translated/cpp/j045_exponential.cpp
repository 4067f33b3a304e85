// CodeComplex Java dev #45 (exponential), translated to C++ (unordered_set for HashSet).
#include <bits/stdc++.h>
using namespace std;

static int n, m;
static vector<vector<int>> arr;
static vector<unordered_set<int>> chls;

static int highestOneBit(int i) { return i == 0 ? 0 : 1 << (31 - __builtin_clz(i)); }

static void gench() {
    chls.push_back(unordered_set<int>());
    chls[0].insert(0);
    for (int i = 1; i < (1 << n); i++) {
        int des = i ^ highestOneBit(i);
        unordered_set<int> st;
        for (int z : chls[des]) {
            st.insert(z);
            st.insert(z | highestOneBit(i));
        }
        chls.push_back(st);
    }
}

static void cal() {
    vector<vector<int>> val(1 << n, vector<int>(m));
    for (int j = 0; j < m; j++) {
        val[0][j] = 0;
        for (int mask = 1; mask < (1 << n); mask++) {
            int mx = 0;
            for (int begin = 0; begin < n; begin++) {
                int sum = 0;
                for (int ptr = begin, pos = 0; pos < n; ptr = (ptr + 1) % n, pos++) {
                    if ((mask & (1 << pos)) > 0) sum += arr[ptr][j];
                }
                mx = max(mx, sum);
            }
            val[mask][j] = mx;
        }
    }
    vector<vector<int>> dp(1 << n, vector<int>(m));
    for (int mask = 0; mask < (1 << n); mask++) dp[mask][0] = val[mask][0];
    for (int j = 1; j < m; j++) {
        dp[0][j] = 0;
        for (int mask = 1; mask < (1 << n); mask++) {
            dp[mask][j] = 0;
            for (int ch1 : chls[mask]) {
                int ch2 = mask ^ ch1;
                dp[mask][j] = max(dp[mask][j], val[ch1][j] + dp[ch2][j - 1]);
            }
        }
    }
    cout << dp[(1 << n) - 1][m - 1] << "\n";
}

static void run() {
    cin >> n >> m;
    arr.assign(n, vector<int>(m));
    chls.clear();
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++) cin >> arr[i][j];
    gench();
    cal();
}

int main() {
    int t;
    cin >> t;
    while (t-- > 0) run();
    return 0;
}
