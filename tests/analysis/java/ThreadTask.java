// expect time=quadratic
import java.util.*;
public class ThreadTask {
    // main hands the work to a thread with a bigger stack (new Runnable() { run() {...} }, or a
    // lambda): the thread runs its task once, so the program costs what solve() costs.
    static void solve() {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = in.nextInt();
        long pairs = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (a[i] + a[j] == 0) pairs++;
        System.out.println(pairs);
    }
    public static void main(String[] args) {
        new Thread(null, new Runnable() {
            public void run() {
                solve();
            }
        }, "solver", 1 << 26).start();
    }
}
