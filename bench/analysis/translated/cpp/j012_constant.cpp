// CodeComplex Java dev #12 (constant), translated to C++.
// Java computes m mod 2^n with BigInteger; the standard library has no big integers, so the power is
// taken only while it fits (for n >= 62, 2^n exceeds any m that fits, and m mod 2^n is m).
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n, m;
    cin >> n >> m;
    long long md = n >= 62 ? m : m % (1LL << n);
    cout << md << endl;
    return 0;
}
