// CodeComplex Java dev #32 (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

static void out(int a, int b) {
    cout << a << " " << b;
}

int main() {
    int n, m, a, b;
    cin >> n >> m >> a >> b;
    if (((m + 1) / 60 < a) || ((m + 1) / 60 == a && (m + 1) % 60 <= b)) {
        out(0, 0);
        exit(0);
    }
    for (int i = 2; i <= n; i++) {
        int x, y;
        cin >> x >> y;
        int bb = b + 2 * m + 2;
        int aa = a + bb / 60;
        bb %= 60;
        if ((aa < x) || (aa == x && bb <= y)) {
            b = b + m + 1;
            a = a + b / 60;
            b %= 60;
            out(a, b);
            exit(0);
        }
        a = x;
        b = y;
    }
    b = b + m + 1;
    a = a + b / 60;
    b = b % 60;
    out(a, b);
    return 0;
}
