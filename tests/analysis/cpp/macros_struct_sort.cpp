// expect time=nlogn
#include <bits/stdc++.h>
using namespace std;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
typedef long long ll;

struct Edge {
    int u, v;
    ll w;
    bool operator<(const Edge &o) const { return w < o.w; }
};

int main() {
    int n, m;
    cin >> n >> m;
    vector<Edge> es;
    rep(i, m) {
        Edge e;
        cin >> e.u >> e.v >> e.w;
        es.pb(e);
    }
    sort(es.begin(), es.end(), [](const Edge &a, const Edge &b) { return a.w < b.w; });
    ll total = 0;
    for (const Edge &e : es) total += e.w;
    priority_queue<pair<ll, int>, vector<pair<ll, int>>, greater<pair<ll, int>>> pq;
    pq.push({0, 1});
    auto [d, u] = pq.top();
    cout << total + d + u << "\n";
}
