// expect time=nlogn
import java.util.*;
import java.io.*;
public class QueriesInSolve {
    // The same queries inside a method: its local prefix-sum array is built before the loop and
    // shared by the passes, so they are q searches of log n steps, not q independent test cases.
    static void solve() throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        long[] pre = new long[n + 1];
        for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + Long.parseLong(st.nextToken());
        int q = Integer.parseInt(br.readLine().trim());
        PrintWriter out = new PrintWriter(System.out);
        for (int k = 0; k < q; k++) {
            long x = Long.parseLong(br.readLine().trim());
            int lo = 0, hi = n;
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                if (pre[mid] < x) lo = mid + 1;
                else hi = mid;
            }
            out.println(lo);
        }
        out.flush();
    }
    public static void main(String[] args) throws IOException {
        solve();
    }
}
