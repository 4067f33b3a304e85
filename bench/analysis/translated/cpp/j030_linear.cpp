// CodeComplex Java dev #30 (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k, count = 0;
    cin >> n >> k;
    vector<bool> isP(n + 1, false);
    for (int i = 2; i <= n; i++) isP[i] = true;
    vector<int> primes;
    for (int i = 2; i <= n; i++) {
        if (isP[i]) {
            primes.push_back(i);
            if (i <= sqrt(n))
                for (int j = 2 * i; j <= n; j += i) isP[j] = false;
        }
    }
    for (int i = 0; i < (int)primes.size() - 1; i++) {
        int sum = primes[i] + primes[i + 1] + 1;
        if (sum <= n && isP[sum]) count++;
    }
    if (count >= k)
        cout << "YES" << endl;
    else
        cout << "NO" << endl;
    return 0;
}
