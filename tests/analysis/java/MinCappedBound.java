// expect time=linear
import java.util.*;
public class MinCappedBound {
    // j runs from i to at most i + 20: Math.min(n, i + 20) caps the inner loop at 20 passes.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = in.nextInt();
        long best = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < Math.min(n, i + 20); j++) best = Math.max(best, (long) a[i] * a[j]);
        }
        System.out.println(best);
    }
}
