// CodeComplex Java dev #11 (cubic), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int t;
    cin >> t;
    vector<int> arr(10000002);
    for (size_t i = 0; i < arr.size(); i++) arr[i] = i;
    for (int i = 2; (size_t)i * i < arr.size(); i++) {
        int b = i * i;
        for (size_t j = b; j < arr.size(); j += b) arr[j] = j / b;
    }
    vector<int> pp(10000001, -1);
    while (t-- > 0) {
        int n, k;
        cin >> n >> k;
        vector<int> aa(n);
        for (int i = 0; i < n; i++) {
            int a;
            cin >> a;
            aa[i] = arr[a];
        }
        vector<int> mp(k + 1), ip(k + 1);
        for (int i = 0; i < n; i++) {
            int a = aa[i];
            for (int h = k; h >= 0; h--) {
                if (pp[a] >= ip[h]) {
                    mp[h]++;
                    ip[h] = i;
                }
                if (h > 0 && (mp[h - 1] < mp[h] || (mp[h - 1] == mp[h] && ip[h - 1] > ip[h]))) {
                    mp[h] = mp[h - 1];
                    ip[h] = ip[h - 1];
                }
            }
            pp[a] = i;
        }
        cout << mp[k] + 1 << "\n";
        for (int i = 0; i < n; i++) pp[aa[i]] = -1;
    }
    return 0;
}
