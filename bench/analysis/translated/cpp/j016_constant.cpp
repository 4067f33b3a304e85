// CodeComplex Java dev #16 (constant), translated to C++ (the solver class kept as in Java).
#include <bits/stdc++.h>
using namespace std;

class TaskA {
public:
    void solve(int testNumber) {
        int n;
        cin >> n;
        if (n == 1 || n == 2) {
            cout << n << endl;
            return;
        }
        if (n == 4) {
            cout << 12 << endl;
            return;
        }
        long long nn = n;
        if (n % 2 == 1) {
            long long ans = nn * (nn - 1) * (nn - 2);
            cout << ans << endl;
        } else if (n % 3 == 0) {
            nn--;
            long long ans = nn * (nn - 1) * (nn - 2);
            cout << ans << endl;
        } else {
            long long ans = nn * (nn - 1) * (nn - 3);
            cout << ans << endl;
        }
    }
};

int main() {
    TaskA solver;
    solver.solve(1);
    return 0;
}
