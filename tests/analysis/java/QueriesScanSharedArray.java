// expect time=quadratic
import java.util.*;
import java.io.*;
public class QueriesScanSharedArray {
    // while (q-- > 0) around queries that each sum a range of the one array read before the loop:
    // q queries on shared data (q * n), not q independent test cases each as long as the largest.
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken()), q = Integer.parseInt(st.nextToken());
        long[] a = new long[n];
        st = new StringTokenizer(br.readLine());
        for (int i = 0; i < n; i++) a[i] = Long.parseLong(st.nextToken());
        StringBuilder sb = new StringBuilder();
        while (q-- > 0) {
            st = new StringTokenizer(br.readLine());
            int l = Integer.parseInt(st.nextToken()) - 1, r = Integer.parseInt(st.nextToken());
            long s = 0;
            for (int i = l; i < r; i++) s += a[i];
            sb.append(s).append('\n');
        }
        System.out.print(sb);
    }
}
