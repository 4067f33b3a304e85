// CodeComplex Java dev #70 (quadratic), translated to C++.
#include <bits/stdc++.h>
using namespace std;

static void print(const vector<int> &list) {
    for (int i = 0; i < (int)list.size() - 1; i++) cout << list[i] << ".";
    cout << list[list.size() - 1] << "\n";
}

int main() {
    int t;
    cin >> t;
    while (t-- > 0) {
        int n;
        cin >> n;
        vector<int> a(n);
        for (int i = 0; i < n; i++) cin >> a[i];
        int prev = -1;
        vector<int> f;
        for (int i = 0; i < n; i++) {
            if (prev == -1) {
                cout << a[i] << "\n";
                f.push_back(a[i]);
                prev = a[i];
            } else {
                if (a[i] == 1) {
                    f.push_back(a[i]);
                    print(f);
                } else {
                    while (f.size() > 0 && f[f.size() - 1] != a[i] - 1) f.pop_back();
                    if (f.size() != 0) f.pop_back();
                    f.push_back(a[i]);
                    prev = a[i];
                    print(f);
                }
            }
        }
    }
    return 0;
}
