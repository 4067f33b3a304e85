// expect time=linear
import java.util.*;
public class WhileWindowFromStart {
    // j starts at i and the loop stops at i + 3: three passes for each i (it was quadratic). The
    // continue keeps the lowering from turning the while into a for loop.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        long best = 0;
        for (int i = 0; i < n; i++) {
            int j = i;
            long s = 0;
            while (j < i + 3 && j < n) {
                s += a[j];
                j++;
                if (s > 1000000) continue;
            }
            best = Math.max(best, s);
        }
        System.out.println(best);
    }
}
