// CodeComplex Java dev #37 (quadratic), translated to C++.
#include <bits/stdc++.h>
using namespace std;

class C {
public:
    void solve() {
        int n, r;
        cin >> n >> r;
        r = 2 * r;
        vector<int> x(n);
        for (size_t i = 0; i < x.size(); i++) cin >> x[i];
        vector<double> y(n);
        for (size_t i = 0; i < y.size(); i++) y[i] = r / 2;
        for (size_t i = 0; i < y.size(); i++) {
            for (size_t j = 0; j < i; j++) {
                if (abs(x[i] - x[j]) == r) {
                    y[i] = max(y[i], y[j]);
                } else if (abs(x[i] - x[j]) < r) {
                    y[i] = max(y[i], y[j] + sqrt(r * r - (x[j] - x[i]) * (x[j] - x[i])));
                }
            }
        }
        for (size_t i = 0; i < y.size(); i++) cout << y[i] << " ";
        cout << endl;
    }
};

int main() {
    C().solve();
    return 0;
}
