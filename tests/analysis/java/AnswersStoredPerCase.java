// expect time=linear
import java.io.*;
import java.util.*;
// Each test case reads its own n numbers and stores its answer in the slot of an array indexed by the
// case's number (ans[k] = s), printed after the loop: one answer per case, the same collecting as
// adding it to a list, so the loop over t cases does not multiply the work of a case (the problem
// bounds the total n). Read as t times n, it was quadratic.
public class AnswersStoredPerCase {
    static StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
    static int readInt() throws IOException {
        in.nextToken();
        return (int) in.nval;
    }
    public static void main(String[] args) throws IOException {
        int t = readInt();
        long[] ans = new long[t];
        for (int k = 0; k < t; k++) {
            int n = readInt();
            long s = 0;
            for (int i = 0; i < n; i++) s += readInt();
            ans[k] = s;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < t; k++) sb.append(ans[k]).append('\n');
        System.out.print(sb);
    }
}
