// CodeComplex Java dev #1 (logn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

bool valid(long long mid, long long e, long long n) {
    long long cur = (e * (e + 1) / 2) - (mid * (mid - 1) / 2);
    if (cur <= n)
        return true;
    return false;
}

long long BS(long long x, long long n) {
    long long s = 1, e = x, m = 0;
    while (s < e) {
        m = (s + e + 1) / 2 - 1;
        if (!valid(m, x, n))
            s = m + 1;
        else
            e = m;
    }
    return s;
}

int main() {
    long long n, k;
    cin >> n >> k;
    k--;
    n--;
    long long limit = (k * (k + 1)) / 2;
    if (n > limit) {
        cout << -1 << endl;
    } else if (n == 0) {
        cout << 0 << endl;
    } else if (n <= k) {
        cout << 1 << endl;
    } else {
        long long count = 0;
        long long end = k;
        long long sk = BS(end, n);
        count += end - sk + 1;
        long long cur = (end * (end + 1) / 2) - (sk * (sk - 1) / 2);
        n = n - cur;
        if (n != 0) {
            count++;
        }
        cout << count << endl;
    }
    return 0;
}
