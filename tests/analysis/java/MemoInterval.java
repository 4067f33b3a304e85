// expect time=quadratic
import java.util.*;
public class MemoInterval {
    // best(i + 1, j) and best(i, j - 1): over all calls both arguments vary, one memo cell per pair.
    static long[][] memo;
    static boolean[][] done;
    static int[] a;
    static long best(int i, int j) {
        if (i > j) return 0;
        if (done[i][j]) return memo[i][j];
        long r = Math.max(a[i] - best(i + 1, j), a[j] - best(i, j - 1));
        done[i][j] = true;
        memo[i][j] = r;
        return r;
    }
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        a = new int[n];
        for (int i = 0; i < n; i++) a[i] = in.nextInt();
        memo = new long[n][n];
        done = new boolean[n][n];
        System.out.println(best(0, n - 1));
    }
}
