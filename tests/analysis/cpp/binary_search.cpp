// expect time=logn
#include <cstdio>

int main() {
    long long n;
    scanf("%lld", &n);
    long long lo = 0, hi = n;
    while (lo < hi) {
        long long mid = (lo + hi) / 2;
        if (mid * mid < n) lo = mid + 1;
        else hi = mid;
    }
    printf("%lld\n", lo);
}
