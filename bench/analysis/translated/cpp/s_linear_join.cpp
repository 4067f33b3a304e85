// Sanity program tests/analysis/programs/linear_join.py (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<string> parts;
    for (int i = 0; i < n; i++) parts.push_back(to_string(i));
    string joined;
    for (const string &p : parts) joined += p;
    cout << joined << endl;
    return 0;
}