// expect time=linear
import java.util.*;
public class HalvingRounds {
    // m halves on every pass and each pass walks m / 2 items: n/2 + n/4 + ... < n steps in all, the
    // first pass's cost, not that times log n passes (it was n log n).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextLong();
        int m = n;
        while (m > 1) {
            for (int i = 0; i < m / 2; i++) a[i] = Math.max(a[2 * i], a[2 * i + 1]);
            m /= 2;
        }
        System.out.println(a[0]);
    }
}
