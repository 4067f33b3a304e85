// expect time=linear
import java.util.*;
// A template's debug printing behind a constant flag (static final boolean DEBUG = false): javac
// compiles away what the flag guards, so the loop over every row of the table after `if (!DEBUG)
// return;` and the one inside `if (DEBUG)` never run. They were priced as n rows times a row's text.
public class DebugFlagGuardsPrinting {
    static final boolean DEBUG = false;
    static void show(long[][] dp) {
        if (!DEBUG) return;
        for (long[] row : dp) System.err.println(Arrays.toString(row));
    }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long[][] dp = new long[n + 1][2];
        for (int i = 1; i <= n; i++) {
            int x = sc.nextInt();
            dp[i][0] = Math.max(dp[i - 1][0], dp[i - 1][1]);
            dp[i][1] = dp[i - 1][0] + x;
        }
        show(dp);
        if (DEBUG) {
            for (long[] row : dp) System.err.println(Arrays.toString(row));
        }
        System.out.println(Math.max(dp[n][0], dp[n][1]));
    }
}
