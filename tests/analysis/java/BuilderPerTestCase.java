// expect time=nlogn
import java.util.*;
import java.io.*;
public class BuilderPerTestCase {
    // Each test case sorts its own array and appends its answer to a StringBuilder printed once at
    // the end: the builder is output (as a PrintWriter is), so the loop over t is one case per
    // pass and the cost is that of the largest case, n log n, not t times n log n.
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int t = Integer.parseInt(br.readLine().trim());
        StringBuilder out = new StringBuilder();
        while (t-- > 0) {
            int n = Integer.parseInt(br.readLine().trim());
            StringTokenizer st = new StringTokenizer(br.readLine());
            long[] a = new long[n];
            for (int i = 0; i < n; i++) a[i] = Long.parseLong(st.nextToken());
            Arrays.sort(a);
            long best = Long.MAX_VALUE;
            for (int i = 1; i < n; i++) best = Math.min(best, a[i] - a[i - 1]);
            out.append(best).append('\n');
        }
        System.out.print(out);
    }
}
