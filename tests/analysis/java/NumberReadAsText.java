// expect time=logn
import java.util.*;
public class NumberReadAsText {
    // The token is read as a String and also parsed with Long.parseLong: it is the text of a number,
    // log n digits, so the loop over its characters sums n's digits (it was a line of the input, n
    // characters: linear).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        String s = sc.next();
        long n = Long.parseLong(s);
        int sum = 0;
        for (int i = 0; i < s.length(); i++) sum += s.charAt(i) - '0';
        System.out.println(n % 9 == sum % 9 ? "ok" : "no");
    }
}
