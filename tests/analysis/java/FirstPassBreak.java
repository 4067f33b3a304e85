// expect time=linear
import java.util.*;
public class FirstPassBreak {
    // `break outer;` at the top level of the innermost loop: that loop leaves on its first pass, and so
    // does the labelled loop, which tests the flag the jump lowers to right after it (it was cubic).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        long best = 0;
        for (int i = 0; i < n; i++) {
            outer:
            for (int j = i; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    best = Math.max(best, (long) a[j] + a[k]);
                    break outer;
                }
            }
        }
        System.out.println(best);
    }
}
