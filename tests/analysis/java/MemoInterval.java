// expect time=quadratic
import java.util.*;
public class MemoInterval {
    // best(i + 1, j) and best(i, j - 1): over all calls both arguments vary, one memo entry per pair.
    static HashMap<Long, Long> memo = new HashMap<>();
    static int[] a;
    static int n;
    static long best(int i, int j) {
        if (i > j) return 0;
        long key = (long) i * n + j;
        if (memo.containsKey(key)) return memo.get(key);
        long r = Math.max(a[i] - best(i + 1, j), a[j] - best(i, j - 1));
        memo.put(key, r);
        return r;
    }
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        n = in.nextInt();
        a = new int[n];
        for (int i = 0; i < n; i++) a[i] = in.nextInt();
        System.out.println(best(0, n - 1));
    }
}
