// expect time=quadratic
import java.util.*;
// new String(chars) copies the whole char[] into a text each pass: n characters, n passes. It was
// lowered as str() of the array, priced as the digits of a number.
public class TextOfCharsPerPass {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        String s = sc.next(), target = sc.next();
        char[] cs = s.toCharArray();
        int hits = 0;
        for (int i = 0; i < cs.length; i++) {
            cs[i] = 'z';
            String now = new String(cs);
            if (now.equals(target)) hits++;
        }
        System.out.println(hits);
    }
}
