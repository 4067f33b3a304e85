// Sanity program tests/analysis/programs/quadratic_comprehension.py (quadratic), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<pair<int, int>> pairs;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            if (i < j) pairs.emplace_back(i, j);
    cout << pairs.size() << endl;
    return 0;
}