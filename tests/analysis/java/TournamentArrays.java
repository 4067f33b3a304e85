// expect time=linear
import java.util.*;
public class TournamentArrays {
    // Each round builds an array of half the length from pairs of the last (a = b): log n rounds, and
    // the rounds together walk n/2 + n/4 + ... < n items (it was n log n).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextLong();
        while (a.length > 1) {
            long[] b = new long[(a.length + 1) / 2];
            for (int i = 0; i < b.length; i++) {
                b[i] = 2 * i + 1 < a.length ? Math.max(a[2 * i], a[2 * i + 1]) : a[2 * i];
            }
            a = b;
        }
        System.out.println(a[0]);
    }
}
