// expect time=nlogn
import java.util.*;
public class SolveReturnsAnswer {
    // solve() takes no parameter, reads and returns a value like a token reader, but its loop is
    // counted (up to n), not waiting on the input: it is the solution, n log n with its sort.
    static Scanner in = new Scanner(System.in);
    static long solve() {
        int n = in.nextInt();
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = in.nextLong();
        Arrays.sort(a);
        return a[n - 1] - a[0];
    }
    public static void main(String[] args) {
        System.out.println(solve());
    }
}
