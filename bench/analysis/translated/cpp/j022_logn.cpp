// CodeComplex Java dev #22 (logn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

class TaskB {
public:
    void run() {
        long long n, k;
        cin >> n >> k;
        long long a = 1;
        long long b = -(2 * n + 3);
        long long c = n * n + n - 2 * k;
        long long d = b * b - 4 * a * c;
        long long ans1 = (-b + (long long)sqrt((double)d)) / 2;
        long long ans2 = (-b - (long long)sqrt((double)d)) / 2;
        if (ans1 >= 0 && ans1 <= n) {
            cout << ans1 << endl;
        } else {
            cout << ans2 << endl;
        }
    }
};

int main() {
    TaskB().run();
    return 0;
}
