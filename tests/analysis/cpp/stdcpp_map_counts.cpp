// expect time=nlogn
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    map<ll, int> count;
    for (int i = 0; i < n; i++) {
        ll x;
        cin >> x;
        count[x]++;
    }
    int best = 0;
    for (auto &[value, c] : count) best = max(best, c);
    cout << best << '\n';
}
