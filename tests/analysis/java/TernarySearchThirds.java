// expect time=logn
import java.util.*;
public class TernarySearchThirds {
    // A ternary search: the range shrinks to two thirds at every pass (l or r set to a point a third
    // of the way in), log of the range passes, a binary search's count (it was a loop of unknown
    // step, constant over the fixed range).
    static long f(long x, long a, long b) { return (x - a) * (x - a) + b * x; }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long a = sc.nextLong(), b = sc.nextLong();
        long l = -1000000000L, r = 1000000000L;
        while (r - l > 2) {
            long m1 = l + (r - l) / 3, m2 = r - (r - l) / 3;
            if (f(m1, a, b) < f(m2, a, b)) r = m2; else l = m1;
        }
        long best = Long.MAX_VALUE;
        for (long x = l; x <= r; x++) best = Math.min(best, f(x, a, b));
        System.out.println(best);
    }
}
