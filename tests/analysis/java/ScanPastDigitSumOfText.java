// expect time=logn
import java.util.*;
public class ScanPastDigitSumOfText {
    // The digits of the number's text summed: at most 9 per digit.
    static long digits(String t) {
        long c = 0;
        for (int i = 0; i < t.length(); i++) c += t.charAt(i);
        return c - t.length() * '0';
    }
    // From the multiple of 10 above s in steps of 10 until x - digits(x) reaches s: the digit sum
    // of a number below 10^18 is at most 162, so a few dozen steps, O(log s), not s / 10.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long n = in.nextLong(), s = in.nextLong();
        long x = (s / 10 + 1) * 10;
        while (!(x - digits(String.valueOf(x)) >= s)) {
            x += 10;
        }
        System.out.println(Math.max(0, n - x + 1));
    }
}
