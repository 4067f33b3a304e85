// Sanity program tests/analysis/programs/logn_binary_search.py (logn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int find(const vector<int> &a, int x) {
    int lo = 0, hi = (int)a.size() - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (a[mid] == x) return mid;
        if (a[mid] < x)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}