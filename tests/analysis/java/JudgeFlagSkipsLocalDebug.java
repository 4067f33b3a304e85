// expect time=nlogn
import java.io.*;
import java.util.*;
// The template's judge test: LOCAL = System.getProperty("ONLINE_JUDGE") == null is false on the judge
// (which sets the property), so what runs only locally (reading a file, printing every pair as a
// table) costs nothing there, nor does the same test written in place. The pairs' printing was priced
// as n * n around the sort's n log n.
public class JudgeFlagSkipsLocalDebug {
    static final boolean LOCAL = System.getProperty("ONLINE_JUDGE") == null;
    public static void main(String[] args) throws IOException {
        BufferedReader br = LOCAL ? new BufferedReader(new FileReader("input.txt"))
                                  : new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = Long.parseLong(st.nextToken());
        Arrays.sort(v);
        if (LOCAL) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) System.err.print((v[i] + v[j]) + " ");
                System.err.println();
            }
        }
        if (System.getProperty("ONLINE_JUDGE") == null) {
            for (long x : v) for (long y : v) System.err.print(x * y + " ");
        }
        long gap = 0;
        for (int i = 1; i < n; i++) gap = Math.max(gap, v[i] - v[i - 1]);
        System.out.println(gap);
    }
}
