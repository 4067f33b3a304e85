// expect time=quadratic
import java.util.*;
import java.io.*;
public class WriterPerTestCase {
    // Each test case writes its answer through a BufferedWriter (out.append): the loop over the test
    // cases is one solution per case, so its count does not multiply the n^2 work of a case.
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out));
        int t = Integer.parseInt(br.readLine().trim());
        for (int tt = 0; tt < t; tt++) {
            int n = Integer.parseInt(br.readLine().trim());
            StringTokenizer st = new StringTokenizer(br.readLine());
            int[] a = new int[n];
            for (int i = 0; i < n; i++) a[i] = Integer.parseInt(st.nextToken());
            int pairs = 0;
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++)
                    if (a[i] + a[j] == 0) pairs++;
            out.append(pairs + "\n");
        }
        out.flush();
    }
}
