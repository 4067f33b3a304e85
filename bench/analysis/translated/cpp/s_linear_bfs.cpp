// Sanity program tests/analysis/programs/linear_bfs.py (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    cin >> n >> m;
    vector<vector<int>> adj(n);
    for (int e = 0; e < m; e++) {
        int u, v;
        cin >> u >> v;
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> dist(n, -1);
    dist[0] = 0;
    deque<int> q{0};
    while (!q.empty()) {
        int u = q.front();
        q.pop_front();
        for (int v : adj[u]) {
            if (dist[v] < 0) {
                dist[v] = dist[u] + 1;
                q.push_back(v);
            }
        }
    }
    for (int d : dist) cout << d << " ";
    cout << endl;
    return 0;
}