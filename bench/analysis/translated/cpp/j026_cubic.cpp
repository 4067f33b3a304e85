// CodeComplex Java dev #26 (cubic), translated to C++.
#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    int n = 0, m = 0;

    void solve() {
        int k;
        cin >> n >> m >> k;
        vector<vector<int>> hor(n, vector<int>(max(m - 1, 0)));
        vector<vector<int>> ver(max(n - 1, 0), vector<int>(m));
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m - 1; j++) cin >> hor[i][j];
        for (int i = 0; i < n - 1; i++)
            for (int j = 0; j < m; j++) cin >> ver[i][j];
        vector<vector<int>> ans(n, vector<int>(m));
        if (k % 2 == 1) {
            for (int i = 0; i < n; i++) fill(ans[i].begin(), ans[i].end(), -1);
        } else {
            for (int dummy = 0; dummy < (k >> 1); dummy++) {
                vector<vector<int>> newAns(n, vector<int>(m));
                for (int i = 0; i < n; i++) {
                    fill(newAns[i].begin(), newAns[i].end(), INT_MAX);
                    for (int j = 0; j < m; j++) {
                        if (isGood(i + 1, j))
                            newAns[i][j] = min(newAns[i][j], 2 * ver[i][j] + ans[i + 1][j]);
                        if (isGood(i, j + 1))
                            newAns[i][j] = min(newAns[i][j], 2 * hor[i][j] + ans[i][j + 1]);
                        if (isGood(i, j - 1))
                            newAns[i][j] = min(newAns[i][j], 2 * hor[i][j - 1] + ans[i][j - 1]);
                        if (isGood(i - 1, j))
                            newAns[i][j] = min(newAns[i][j], 2 * ver[i - 1][j] + ans[i - 1][j]);
                    }
                }
                ans = newAns;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) cout << ans[i][j] << " ";
            cout << "\n";
        }
    }

    bool isGood(int i, int j) { return i >= 0 && i < n && j >= 0 && j < m; }
};

int main() {
    Solution s;
    s.solve();
    return 0;
}
