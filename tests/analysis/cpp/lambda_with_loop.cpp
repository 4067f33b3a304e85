// expect time=quadratic
// Lambdas with statements are functions: for_each calls one per item, and the named one is called in
// a loop; each is a loop over the n items.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<int> a(n);
    for (auto &x : a) cin >> x;
    long long pairs = 0;
    for_each(a.begin(), a.end(), [&](int x) {
        for (int y : a)
            if (x + y == 0) pairs++;
    });
    auto dot = [&](int x) {
        long long s = 0;
        for (int y : a) s += (long long)x * y;
        return s;
    };
    long long total = 0;
    for (int i = 0; i < n; i++) total += dot(a[i]);
    cout << pairs << " " << total << endl;
}
