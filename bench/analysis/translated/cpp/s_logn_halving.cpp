// Sanity program tests/analysis/programs/logn_halving.py (logn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    cin >> n;
    int steps = 0;
    while (n > 0) {
        n /= 2;
        steps++;
    }
    cout << steps << endl;
    return 0;
}