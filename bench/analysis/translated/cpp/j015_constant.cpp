// CodeComplex Java dev #15 (constant), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    cin >> n;
    cout << "0 0 " << n << endl;
    return 0;
}
