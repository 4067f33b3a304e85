// Sanity program tests/analysis/programs/nlogn_heap.py (nlogn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    priority_queue<long long, vector<long long>, greater<long long>> h;
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        h.push(x);
    }
    vector<long long> out;
    while (!h.empty()) {
        out.push_back(h.top());
        h.pop();
    }
    for (long long x : out) cout << x << " ";
    cout << endl;
    return 0;
}