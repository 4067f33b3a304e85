// expect time=quadratic
import java.util.*;
public class FirstColumnBranch {
    // The k loop runs only when j == 0, once per row: a row costs n + n steps, not n * n.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long[] prev = new long[n];
        Arrays.fill(prev, 1);
        for (int i = 1; i < n; i++) {
            long[] cur = new long[n];
            for (int j = 0; j < n; j++) {
                if (j == 0) {
                    long total = 0;
                    for (int k = 0; k < n; k++) total += prev[k];
                    cur[j] = total % 1000000007L;
                } else {
                    cur[j] = (cur[j - 1] - prev[j - 1] + 1000000007L) % 1000000007L;
                }
            }
            prev = cur;
        }
        System.out.println(prev[n - 1]);
    }
}
