// Sanity program tests/analysis/programs/linear_memo_fib.py (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

// functools.lru_cache: a memo table keyed by the argument.
unordered_map<int, long long> memo;

long long fib(int n) {
    auto it = memo.find(n);
    if (it != memo.end()) return it->second;
    long long r = n < 2 ? n : fib(n - 1) + fib(n - 2);
    memo[n] = r;
    return r;
}

int main() {
    int n;
    cin >> n;
    cout << fib(n) << endl;
    return 0;
}