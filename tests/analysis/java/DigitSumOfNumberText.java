// expect time=logn
import java.util.*;
public class DigitSumOfNumberText {
    // sd is only ever given the text of a number (n + ""): log n digits, not n characters.
    static int sd(String s) {
        int t = 0;
        for (int i = 0; i < s.length(); i++) t += s.charAt(i) - '0';
        return t;
    }
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long n = in.nextLong();
        System.out.println(sd(n + ""));
    }
}
