// expect time=logn
// The braced list {lo, mid, hi} passed for a const vector<long long> & holds three items, not n.
#include <iostream>
#include <vector>
using namespace std;

void show(const vector<long long> &values) {
    for (long long v : values) cout << v << ' ';
    cout << '\n';
}

int main() {
    long long n;
    cin >> n;
    long long lo = 0, hi = n;
    while (lo < hi) {
        long long mid = (lo + hi) / 2;
        show({lo, mid, hi});
        if (mid * mid < n) lo = mid + 1; else hi = mid;
    }
    cout << lo << '\n';
}
