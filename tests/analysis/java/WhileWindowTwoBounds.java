// expect time=linear
import java.util.*;
public class WhileWindowTwoBounds {
    // `while (j > 0 && j > i - 3) j--;` after `j = i` is the for loop `for (j = i; j > 0 && j > i - 3;
    // j--)` written as a while: it stops at the nearer limit, at most three steps below i, so the
    // program is linear. As a while loop its count was the farther limit's (0, n steps below i) and the
    // program read as quadratic; the same window counted up (j < n && j < i + 4) likewise.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        long best = 0;
        for (int i = 0; i < n; i++) {
            int j = i;
            while (j > 0 && j > i - 3) j--;
            long s = 0;
            int k = i;
            while (k < n && k <= i + 3) {
                s += a[k];
                k++;
            }
            best = Math.max(best, s - a[j]);
        }
        System.out.println(best);
    }
}
