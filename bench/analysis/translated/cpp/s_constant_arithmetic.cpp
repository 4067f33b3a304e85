// Sanity program tests/analysis/programs/constant_arithmetic.py (constant), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long a, b;
    cin >> a >> b;
    cout << (a + b) * (a - b) / 2 << endl;
    return 0;
}