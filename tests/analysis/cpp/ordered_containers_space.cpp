// expect time=nlogn space=linear
// m[x]++ on a std::map and s.insert(x) on a std::set walk the tree (log n) and store x: both grow
// with the input.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    map<int, int> count;
    set<int> seen;
    for (int i = 0; i < n; i++) {
        int x;
        cin >> x;
        count[x]++;
        seen.insert(x % 1000);
    }
    int best = 0;
    for (auto &p : count) best = max(best, p.second);
    cout << best << " " << seen.size() << endl;
}
