// expect time=logn
import java.util.*;
// An integer square root searched with no loop test: the if / else-if chain moves one end of the
// range past the midpoint, and only its last else leaves. The loop runs while one of the first
// two tests holds, a binary search over [1, n].
public class WhileTrueElseIfChainReturns {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        long lo = 1, hi = n;
        while (true) {
            long mid = (lo + hi) / 2;
            if (mid * mid > n) {
                hi = mid - 1;
            } else if ((mid + 1) * (mid + 1) <= n) {
                lo = mid + 1;
            } else {
                System.out.println(mid);
                return;
            }
        }
    }
}
