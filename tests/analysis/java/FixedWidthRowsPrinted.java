// expect time=linear
import java.util.*;
// A table of n rows of two cells (new long[n][2]), filled in one pass and then printed row by row for
// debugging: each row has two cells, so Arrays.toString of a row is constant work and printing the
// table is linear. Read as rows of unknown width, each printed row cost n (quadratic).
public class FixedWidthRowsPrinted {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long[][] dp = new long[n][2];
        dp[0][0] = sc.nextLong();
        for (int i = 1; i < n; i++) {
            long x = sc.nextLong();
            dp[i][0] = Math.max(dp[i - 1][0], dp[i - 1][1]);
            dp[i][1] = dp[i - 1][0] + x;
        }
        for (long[] r : dp) System.err.println(Arrays.toString(r));
        System.out.println(Math.max(dp[n - 1][0], dp[n - 1][1]));
    }
}
