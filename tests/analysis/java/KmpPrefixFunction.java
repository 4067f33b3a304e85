// expect time=linear
import java.util.*;
public class KmpPrefixFunction {
    // The prefix function, then the matches of the pattern in the text. The inner while only moves
    // k back to a value pi stored for an earlier position, each outer pass raises k by at most one,
    // and a pass starts where the last one stopped (pi[i - 1]): the falls add up to the rises, so
    // both loops are linear. The fall back along pi had been read as up to n steps per pass (n^2).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        String p = sc.next(), t = sc.next();
        int m = p.length();
        int[] pi = new int[m];
        for (int i = 1; i < m; i++) {
            int k = pi[i - 1];
            while (k > 0 && p.charAt(i) != p.charAt(k)) k = pi[k - 1];
            if (p.charAt(i) == p.charAt(k)) k++;
            pi[i] = k;
        }
        int j = 0, found = 0;
        for (int i = 0; i < t.length(); i++) {
            while (j > 0 && t.charAt(i) != p.charAt(j)) j = pi[j - 1];
            if (t.charAt(i) == p.charAt(j)) j++;
            if (j == m) { found++; j = pi[j - 1]; }
        }
        System.out.println(found);
    }
}
