// expect time=linear
import java.util.*;
public class LoopsBoundedByCharacters {
    // Run-length decoding of "a3b9c0...": each letter is repeated s[i + 1] - '0' times, a digit, and
    // the letters below each word's first letter are counted with `for (char c = 'a'; c < f; c++)`.
    // A digit or a letter's place is below the size of the character set, so both inner loops run a
    // constant number of passes; an item of the char[] was taken to be as large as the input, and
    // the loops ran n passes each: it was quadratic.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        char[] s = sc.next().toCharArray();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < s.length; i += 2) {
            int times = s[i + 1] - '0';
            for (int k = 0; k < times; k++) sb.append(s[i]);
        }
        int n = sc.nextInt();
        long below = 0;
        for (int i = 0; i < n; i++) {
            char f = sc.next().charAt(0);
            for (char c = 'a'; c < f; c++) below++;
        }
        System.out.println(sb.length() + below);
    }
}
