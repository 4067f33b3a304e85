// expect time=linear
import java.util.*;
public class MemoFromLoop {
    static long[] memo;
    static int[] a;
    static long best(int i) {
        if (i < 0) return 0;
        if (memo[i] != -1) return memo[i];
        long r = Math.max(best(i - 1), best(i - 2) + a[i]);
        memo[i] = r;
        return r;
    }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        memo = new long[n];
        Arrays.fill(memo, -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(best(i)).append('\n');
        System.out.print(sb);
    }
}
