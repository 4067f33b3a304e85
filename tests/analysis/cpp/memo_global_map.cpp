// expect time=linear
#include <iostream>
#include <unordered_map>
using namespace std;

unordered_map<int, long long> memo;

long long ways(int n) {
    if (n <= 1) return 1;
    if (memo.count(n)) return memo[n];
    long long r = ways(n - 1) + ways(n - 2);
    memo[n] = r;
    return r;
}

int main() {
    int n;
    cin >> n;
    cout << ways(n) << endl;
}
