// expect time=quadratic
// Each query row holds two numbers read from the input, and the inner loop runs between them: up to n
// steps per query. A row's width is constant; the numbers in it are not.
import java.util.*;
public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(), m = sc.nextInt();
        long[] a = new long[n + 1];
        int[][] qs = new int[m][2];
        for (int k = 0; k < m; k++) { qs[k][0] = sc.nextInt(); qs[k][1] = sc.nextInt(); }
        long total = 0;
        for (int[] q : qs) {
            for (int i = q[0]; i <= q[1]; i++) total += a[i];
        }
        System.out.println(total);
    }
}
