// expect time=linear
import java.util.*;
public class WindowRestartsPastI {
    // The window [i, j) sheds a[i] when it holds it and restarts at i + 1 only when it is empty
    // (j <= i): that assignment moves j forward as j++ does, so j walks 0..n once over the whole
    // outer loop, n passes in all (a two-pointer window, not n^2).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long s = sc.nextLong();
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextLong();
        int j = 0, best = 0;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            while (j < n && sum + a[j] <= s) {
                sum += a[j];
                j++;
            }
            best = Math.max(best, j - i);
            if (j > i) sum -= a[i];
            else j = i + 1;
        }
        System.out.println(best);
    }
}
