// Sanity program tests/analysis/programs/nlogn_merge_sort.py (nlogn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

vector<long long> merge_sort(const vector<long long> &a) {
    if (a.size() <= 1) return a;
    size_t mid = a.size() / 2;
    vector<long long> left = merge_sort(vector<long long>(a.begin(), a.begin() + mid));
    vector<long long> right = merge_sort(vector<long long>(a.begin() + mid, a.end()));
    vector<long long> out;
    size_t i = 0, j = 0;
    while (i < left.size() && j < right.size()) {
        if (left[i] <= right[j]) {
            out.push_back(left[i]);
            i++;
        } else {
            out.push_back(right[j]);
            j++;
        }
    }
    out.insert(out.end(), left.begin() + i, left.end());
    out.insert(out.end(), right.begin() + j, right.end());
    return out;
}

int main() {
    vector<long long> a;
    long long x;
    while (cin >> x) a.push_back(x);
    for (long long v : merge_sort(a)) cout << v << " ";
    cout << endl;
    return 0;
}