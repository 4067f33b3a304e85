// expect time=quadratic
#include <cstdio>
#include <cstring>
#include <vector>

class Solver {
public:
    explicit Solver(int n) : n_(n), dp_(n + 1, std::vector<long long>(n + 1, 0)) {}
    long long count() {
        for (int i = 0; i <= n_; ++i) dp_[i][0] = 1;
        for (int i = 1; i <= n_; ++i)
            for (int j = 1; j <= i; ++j)
                dp_[i][j] = dp_[i - 1][j - 1] + dp_[i - 1][j];
        return dp_[n_][n_ / 2];
    }

private:
    int n_;
    std::vector<std::vector<long long>> dp_;
};

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    Solver s(n);
    printf("%lld\n", s.count());
}
