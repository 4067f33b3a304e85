// expect time=nlogn
import java.util.*;
import java.io.*;
public class SortThenScan {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine());
        StringTokenizer st = new StringTokenizer(br.readLine());
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = Integer.parseInt(st.nextToken());
        Arrays.sort(a);
        long best = 0;
        for (int i = 1; i < n; i++) best = Math.max(best, a[i] - a[i - 1]);
        System.out.println(best);
    }
}
