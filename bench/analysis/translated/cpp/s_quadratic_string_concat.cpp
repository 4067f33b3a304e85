// Sanity program tests/analysis/programs/quadratic_string_concat.py (quadratic), translated to C++.
#include <bits/stdc++.h>
using namespace std;

// s = s + line copies the whole string each time, as Python's s += input() is counted.
int main() {
    int n;
    cin >> n;
    string line;
    getline(cin, line);
    string s = "";
    for (int i = 0; i < n; i++) {
        getline(cin, line);
        s = s + line;
    }
    cout << s << endl;
    return 0;
}