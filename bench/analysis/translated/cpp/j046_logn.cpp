// CodeComplex Java dev #46 (logn), translated to C++ (only the helpers the solution calls).
#include <bits/stdc++.h>
using namespace std;

long long getSum(long long n, long long k) {
    long long nah = n - k + 1;
    return ((n + k) * (nah / 2)) + (nah % 2 > 0 ? (n + k) / 2 : 0);
}

void solve() {
    long long n, k;
    cin >> n >> k;
    if (n == 1) {
        cout << 0 << endl;
        return;
    }
    long long nah = k - 2;
    if (getSum(k, 2) - nah < n) {
        cout << -1 << endl;
        return;
    }
    long long l = 2, r = k;
    while (l != r) {
        long long mid = (l + r + 1) / 2;
        long long jml_output = getSum(k, mid) - (k - mid);
        if (jml_output >= n) {
            l = mid;
        } else {
            r = mid - 1;
        }
    }
    cout << k - l + 1 << endl;
}

int main() {
    solve();
    return 0;
}
