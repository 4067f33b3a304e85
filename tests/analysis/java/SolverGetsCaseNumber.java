// expect time=nlogn
import java.util.*;
import java.io.*;
public class SolverGetsCaseNumber {
    // solve(i, in, out) is handed the case's number and never reads it: still one test case per pass.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        PrintWriter out = new PrintWriter(System.out);
        int t = in.nextInt();
        Solver solver = new Solver();
        for (int i = 1; i <= t; i++) solver.solve(i, in, out);
        out.close();
    }
    static class Solver {
        void solve(int tc, Scanner in, PrintWriter out) {
            int n = in.nextInt();
            long[] a = new long[n];
            for (int i = 0; i < n; i++) a[i] = in.nextLong();
            Arrays.sort(a);
            out.println(a[n - 1] - a[0]);
        }
    }
}
