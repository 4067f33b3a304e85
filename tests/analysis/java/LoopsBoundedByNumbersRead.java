// expect time=quadratic
import java.util.*;
public class LoopsBoundedByNumbersRead {
    // Near miss of LoopsBoundedByCharacters.java: the repeat count is a number parsed from a token
    // (Integer.parseInt), as large as the input allows, not a character's distance from '0'; n
    // counts each repeated up to n times is quadratic.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String word = sc.next();
            int times = Integer.parseInt(sc.next());
            for (int k = 0; k < times; k++) sb.append(word.charAt(0));
        }
        System.out.println(sb.length());
    }
}
