// CodeComplex Java dev #47 (nlogn), translated to C++ (std::set::lower_bound for TreeSet.lower).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, u;
    cin >> n >> u;
    vector<int> e(n);
    set<int> ts;
    for (int i = 0; i < n; i++) {
        cin >> e[i];
        ts.insert(e[i]);
    }
    double mx = -1;
    for (int i = 0; i < n - 2; i++) {
        // TreeSet.lower(x): the greatest element strictly below x.
        int k = *prev(ts.lower_bound(e[i] + u + 1));
        if (e[i] == k || e[i + 1] == k) continue;
        mx = max(mx, (k - e[i + 1]) / (double)(k - e[i]));
    }
    cout << setprecision(17) << mx << endl;
    return 0;
}
