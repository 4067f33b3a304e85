// expect time=logn
import java.util.*;
public class DigitsOfText {
    // Long.toString(n) / String.valueOf(n) is the text of a number: log n digits, like n + "".
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long n = in.nextLong();
        String s = Long.toString(n);
        int sum = 0;
        for (int i = 0; i < s.length(); i++) sum += s.charAt(i) - '0';
        System.out.println(sum + " " + String.valueOf(n).length());
    }
}
