// expect time=quadratic
import java.util.*;
import java.io.*;
public class TemplateSwitch {
    // multipleTC is never changed: T is 1, so the loop around solve() runs once.
    static boolean multipleTC = false;
    static Scanner in = new Scanner(System.in);
    static void solve() {
        int n = in.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = in.nextInt();
        int best = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                best = Math.max(best, a[i] ^ a[j]);
        System.out.println(best);
    }
    public static void main(String[] args) {
        int T = multipleTC ? in.nextInt() : 1;
        for (int t = 1; t <= T; t++) solve();
    }
}
