// CodeComplex Java dev #96 (quadratic), translated to C++ (unordered_set for HashSet).
#include <bits/stdc++.h>
using namespace std;

class C915D {
public:
    void solve() {
        int n, m;
        cin >> n >> m;
        vector<unordered_set<int>> a;
        for (int i = 0; i < n; i++) a.push_back(unordered_set<int>());
        for (int i = 0; i < m; i++) {
            int u, v;
            cin >> u >> v;
            a[u - 1].insert(v - 1);
        }
        vector<int> cycle = getCycle(a);
        if (cycle.empty()) {
            cout << "YES" << endl;
            return;
        }
        bool canBeAcyclyc = false;
        for (size_t i = 0; i < cycle.size(); i++) {
            int u = cycle[i];
            int v;
            if (i < cycle.size() - 1) {
                v = cycle[i + 1];
            } else {
                v = cycle[0];
            }
            a[u].erase(v);
            if (getCycle(a).empty()) {
                canBeAcyclyc = true;
                break;
            }
            a[u].insert(v);
        }
        if (canBeAcyclyc)
            cout << "YES" << endl;
        else
            cout << "NO" << endl;
    }

    vector<int> getCycle(const vector<unordered_set<int>> &a) {
        int n = a.size();
        vector<bool> visited(n, false);
        vector<int> cycle;
        for (int i = 0; i < n; i++) {
            unordered_set<int> current;
            vector<int> backtrack;
            cycle = dfs(i, a, visited, current, backtrack);
            if (!cycle.empty()) break;
        }
        return cycle;
    }

    vector<int> dfs(int e, const vector<unordered_set<int>> &a, vector<bool> &visited,
                    unordered_set<int> &current, vector<int> &backtrack) {
        if (visited[e]) {
            if (current.count(e)) {
                vector<int> result;
                size_t start = find(backtrack.begin(), backtrack.end(), e) - backtrack.begin();
                for (size_t i = start; i < backtrack.size(); i++) result.push_back(backtrack[i]);
                return result;
            }
            return {};
        }
        visited[e] = true;
        current.insert(e);
        backtrack.push_back(e);
        for (int v : a[e]) {
            vector<int> result = dfs(v, a, visited, current, backtrack);
            if (!result.empty()) return result;
        }
        current.erase(e);
        backtrack.pop_back();
        return {};
    }
};

int main() {
    C915D().solve();
    return 0;
}
