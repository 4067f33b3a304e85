// CodeComplex Java dev #20 (nlogn), translated to C++ (the work done in the constructor, as in Java).
#include <bits/stdc++.h>
using namespace std;

static void exitWith(int o) {
    cout << o << endl;
    exit(0);
}

class A {
public:
    A() {
        int N;
        cin >> N;
        vector<int> arr(N);
        for (int n = 0; n < N; ++n) cin >> arr[n];
        solve(N, arr);
    }

    void solve(int N, vector<int> &arr) {
        sort(arr.begin(), arr.end());
        int S1 = 0;
        for (int n = 0; n < N; ++n) S1 += arr[n];
        int S2 = 0;
        for (int n = N - 1; n >= 0; --n) {
            S2 += arr[n];
            if (S2 > S1 - S2) exitWith(N - n);
        }
    }
};

int main() {
    A a;
    return 0;
}
