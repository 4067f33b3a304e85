// expect time=nlogn
import java.util.*;
import java.io.*;
public class TreeSetQueries {
    // n operations on one TreeSet, each on its own line, the queries printing their answer: the
    // passes share the set (add and remove change it, ceiling reads it), so this is n queries at
    // log n each, not n independent test cases of one operation.
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        TreeSet<Long> set = new TreeSet<>();
        PrintWriter pw = new PrintWriter(System.out);
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(br.readLine());
            String op = st.nextToken();
            long x = Long.parseLong(st.nextToken());
            if (op.equals("+")) set.add(x);
            else if (op.equals("-")) set.remove(x);
            else {
                Long c = set.ceiling(x);
                pw.println(c == null ? -1 : c);
            }
        }
        pw.flush();
    }
}
