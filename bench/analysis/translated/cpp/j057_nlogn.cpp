// CodeComplex Java dev #57 (nlogn), translated to C++ (ChoiceFormat "-1#0|0#1|0<2" written out).
#include <bits/stdc++.h>
using namespace std;

static int choice(double v) {
    if (v > 0) return 2;
    if (v >= 0) return 1;
    return 0;
}

int main() {
    int n, t;
    cin >> n >> t;
    vector<double> coords;
    while (n-- > 0) {
        double x, a;
        cin >> x >> a;
        a /= 2;
        coords.push_back(x - a);
        coords.push_back(x + a);
    }
    sort(coords.begin(), coords.end());
    int count = 2;
    for (int i = 1; i < (int)coords.size() - 2; i += 2) {
        count += choice(coords[i + 1] - coords[i] - t);
    }
    cout << count << endl;
    return 0;
}
