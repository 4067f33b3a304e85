// CodeComplex Java dev #10 (constant), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int a, b, c, n;
    cin >> a >> b >> c >> n;
    if (c >= n || c > a || c > b) {
        cout << "-1" << endl;
    } else {
        a = a - c;
        b -= c;
        n = n - (a + b + c);
        if (n > 0) {
            cout << n << endl;
        } else {
            cout << "-1" << endl;
        }
    }
    return 0;
}
