// expect time=logn
import java.util.*;
// The token is read as a String (the text of a number, log n digits) and parsed back with
// Long.parseLong: the parsed value is the number read, as large as the input says, so the loop that
// divides it by 10 runs log n times. Parsed as the text's size it ran log log n times: constant.
public class NumberTextParsedBack {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        String s = sc.next();
        long n = Long.parseLong(s);
        long reversed = 0;
        while (n > 0) {
            reversed = reversed * 10 + n % 10;
            n /= 10;
        }
        System.out.println(reversed + " " + s.length());
    }
}
