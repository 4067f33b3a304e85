// expect time=quadratic
import java.util.*;
public class BuilderStartsWithText {
    // new StringBuilder(sc.next()) starts with the token's n characters; deleting its first
    // character shifts the rest, n per pass, n^2 in all (the builder was lowered empty, so the loop
    // over it was constant).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        StringBuilder sb = new StringBuilder(sc.next());
        int ops = 0;
        while (sb.length() > 1) {
            if (sb.charAt(0) == sb.charAt(1)) sb.deleteCharAt(0);
            else sb.deleteCharAt(1);
            ops++;
        }
        System.out.println(ops);
    }
}
