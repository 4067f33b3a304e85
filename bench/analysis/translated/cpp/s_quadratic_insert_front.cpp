// Sanity program tests/analysis/programs/quadratic_insert_front.py (quadratic), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<int> out;
    for (int i = 0; i < n; i++) out.insert(out.begin(), i);
    for (int x : out) cout << x << " ";
    cout << endl;
    return 0;
}