// expect time=quadratic
import java.util.*;
public class OverloadedCount {
    // Two methods of one name: count(a) calls count(a, x) once per item, which is no recursion;
    // count(a, x) scans the array, so the whole is n^2.
    static int count(int[] a, int x) {
        int c = 0;
        for (int v : a) if (v == x) c++;
        return c;
    }
    static int count(int[] a) {
        int best = 0;
        for (int i = 0; i < a.length; i++) best = Math.max(best, count(a, a[i]));
        return best;
    }
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = in.nextInt();
        System.out.println(count(a));
    }
}
