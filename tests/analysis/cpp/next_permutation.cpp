// expect time=factorial
// do ... while (next_permutation(...)) visits every ordering of the range: n! passes.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<int> p(n);
    for (int i = 0; i < n; i++) p[i] = i;
    long long best = 0;
    do {
        long long s = 0;
        for (int i = 0; i < n; i++) s += (long long)p[i] * i;
        best = max(best, s);
    } while (next_permutation(p.begin(), p.end()));
    cout << best << endl;
}
