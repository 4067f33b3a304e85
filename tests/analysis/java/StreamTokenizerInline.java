// expect time=quadratic
import java.io.*;
public class StreamTokenizerInline {
    // st.nextToken(); n = (int) st.nval: nval is the number just read, so the loops run to the
    // input's n (it was a constant field).
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            a[i] = (int) st.nval;
        }
        int inversions = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (a[i] > a[j]) inversions++;
        System.out.println(inversions);
    }
}
