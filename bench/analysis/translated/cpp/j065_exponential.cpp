// CodeComplex Java dev #65 (exponential), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int set_bits(int n) {
    int count = 0;
    while (n > 0) {
        count += n & 1;
        n >>= 1;
    }
    return count;
}

int main() {
    int n, m;
    string s;
    cin >> n >> m >> s;
    vector<vector<int>> count(m, vector<int>(m));
    vector<int> dp(1 << m, INT_MAX);
    dp[0] = 0;
    for (int i = 1; i < n; i++) {
        int a = s[i] - 'a';
        int b = s[i - 1] - 'a';
        count[a][b]++;
        count[b][a]++;
    }
    for (int i = 1; i < (1 << m); i++) {
        int pos = set_bits(i);
        for (int j = 0; (i >> j) != 0; j++) {
            if (((i >> j) & 1) == 0) continue;
            int sum = 0;
            for (int mask = i, y = 0; y < m; mask >>= 1, y++) {
                if (y == j) continue;
                if ((mask & 1) == 1)
                    sum += count[j][y];
                else
                    sum -= count[j][y];
            }
            int calc = dp[i - (1 << j)] + pos * sum;
            dp[i] = min(dp[i], calc);
        }
    }
    cout << dp[(1 << m) - 1] << endl;
    return 0;
}
