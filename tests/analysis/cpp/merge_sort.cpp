// expect time=nlogn
#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

void mergeSort(vector<int> &a, int lo, int hi) {
    if (hi - lo <= 1) return;
    int mid = (lo + hi) / 2;
    mergeSort(a, lo, mid);
    mergeSort(a, mid, hi);
    vector<int> merged;
    int i = lo, j = mid;
    while (i < mid || j < hi) {
        if (j == hi || (i < mid && a[i] <= a[j])) merged.push_back(a[i++]);
        else merged.push_back(a[j++]);
    }
    copy(merged.begin(), merged.end(), a.begin() + lo);
}

int main() {
    int n;
    cin >> n;
    vector<int> a(n);
    for (int i = 0; i < n; i++) cin >> a[i];
    mergeSort(a, 0, n);
    for (int x : a) cout << x << ' ';
    cout << '\n';
}
