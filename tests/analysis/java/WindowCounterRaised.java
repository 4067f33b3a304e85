// expect time=linear
import java.util.*;
public class WindowCounterRaised {
    // j = Math.max(j, i) never moves j back, and the while loop only steps it up: over the whole
    // outer loop j walks 0..n once (a two-pointer window), n passes in all.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = in.nextInt();
        int best = 0, j = 0;
        for (int i = 0; i < n; i++) {
            j = Math.max(j, i);
            while (j + 1 < n && a[j + 1] > a[j]) j++;
            best = Math.max(best, j - i + 1);
        }
        System.out.println(best);
    }
}
