// CodeComplex Java dev #7 (exponential), translated to C++ (memoized recursion over subsets).
#include <bits/stdc++.h>
using namespace std;

class Fish {
public:
    vector<double> memo = vector<double>(1 << 18, -1);
    int N = 0, FULL = 0;
    double prob[18][18] = {};

    Fish() {
        cin >> N;
        FULL = (1 << N) - 1;
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++) cin >> prob[i][j];
        for (int i = 0; i < N; i++) printf("%.6f ", go(1 << i));
        printf("\n");
    }

    double go(int mask) {
        if (mask == FULL) return 1.0;
        if (memo[mask] >= 0) return memo[mask];
        double ret = 0;
        double mult = __builtin_popcount(mask) + 1;
        mult *= (mult - 1) / 2.0;
        for (int i = 0; i < N; i++) {
            if (((1 << i) & mask) != 0) {
                for (int j = 0; j < N; j++) {
                    if (((1 << j) & mask) == 0) ret += go(mask | (1 << j)) * prob[i][j];
                }
            }
        }
        ret /= mult;
        memo[mask] = ret;
        return ret;
    }
};

int main() {
    Fish fish;
    return 0;
}
