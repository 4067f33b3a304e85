// CodeComplex Java dev #36 (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

class Main {
public:
    vector<int> prime;
    int top = 0;

    void work() {
        int n, k;
        cin >> n >> k;
        top = 0;
        prime.assign(2000, 0);
        for (int i = 2; i <= n; i++) {
            if (isprime(i))
                prime[top++] = i;
        }
        int cnt = 0;
        for (int i = 0; i < top; i++) {
            if (cando(prime[i]))
                cnt++;
        }
        if (cnt >= k)
            cout << "YES" << endl;
        else
            cout << "NO" << endl;
    }

    bool cando(int n) {
        for (int i = 0; i < top - 1; i++) {
            if (prime[i] + prime[i + 1] + 1 == n) return true;
        }
        return false;
    }

    bool isprime(int n) {
        for (int i = 2; i * i <= n; i++)
            if (n % i == 0) return false;
        return true;
    }
};

int main() {
    Main().work();
    return 0;
}
