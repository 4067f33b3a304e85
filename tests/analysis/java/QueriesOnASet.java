// expect time=linear
import java.util.*;
public class QueriesOnASet {
    // n queries on one HashSet shared by all passes (added to and searched): n O(1) steps.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        HashSet<String> seen = new HashSet<>();
        for (int q = 0; q < n; q++) {
            String op = sc.next(), word = sc.next();
            if (op.equals("+")) seen.add(word);
            else System.out.println(seen.contains(word) ? "YES" : "NO");
        }
    }
}
