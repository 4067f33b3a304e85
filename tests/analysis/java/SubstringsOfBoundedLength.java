// expect time=linear
import java.io.*;
public class SubstringsOfBoundedLength {
    // Counts the substrings of at most 9 digits that are multiples of 8: for each start i, j runs
    // from i + 1 to Math.min(n, i + 9), and s.substring(i, j) copies j - i <= 9 characters. The
    // inclusive bound lowers to min(n, i + 9) + 1, which was no clamped window (the loop counted n
    // passes and the substring copied the line): it was cubic.
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String s = br.readLine().trim();
        int n = s.length();
        long count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= Math.min(n, i + 9); j++) {
                if (Long.parseLong(s.substring(i, j)) % 8 == 0) count++;
            }
        }
        System.out.println(count);
    }
}
