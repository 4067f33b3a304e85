// expect time=quadratic
import java.util.*;
public class TextGrownByCharacters {
    // Near miss of ShortKeyFromCharacters.java: the text is never set afresh, so it grows by one
    // character on each of the n passes and every `res = res + c` copies all of it: quadratic.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        String s = sc.next();
        String res = "";
        for (int i = s.length() - 1; i >= 0; i--) res = res + s.charAt(i);
        System.out.println(res);
    }
}
