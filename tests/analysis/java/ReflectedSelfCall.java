// expect time=logn
import java.util.*;
public class ReflectedSelfCall {
    // covered(w, h, t) calls itself only with t reflected to w + h - t: reflecting again gives t back,
    // so that call does not recurse (a program that ends cannot repeat its first call). O(1) a probe.
    static long covered(long w, long h, long t) {
        if (t <= 0) return 0;
        if (t >= w + h) return w * h;
        if (t > Math.max(w, h)) return w * h - covered(w, h, w + h - t);
        long m = Math.min(w, h);
        return t <= m ? t * (t + 1) / 2 : m * (m + 1) / 2 + (t - m) * m;
    }
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long n = in.nextLong(), c = in.nextLong();
        long lo = 0, hi = 2 * n;
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            if (covered(n, n, mid) >= c) hi = mid; else lo = mid + 1;
        }
        System.out.println(lo);
    }
}
