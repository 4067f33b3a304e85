// CodeComplex Java dev #5 (nlogn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int t = 1;
    while (t-- > 0) {
        int n;
        cin >> n;
        vector<int> a(n);
        for (int i = 0; i < n; i++) cin >> a[i];
        int parity = 0;
        for (int i = 0; i < n; i++) {
            if (a[i] == -1) continue;
            parity ^= 1;
            int x = i;
            while (a[x] != -1) {
                int y = a[x];
                a[x] = -1;
                x = y - 1;
            }
        }
        if (parity == 1)
            cout << "Um_nik" << endl;
        else
            cout << "Petr" << endl;
    }
    return 0;
}
