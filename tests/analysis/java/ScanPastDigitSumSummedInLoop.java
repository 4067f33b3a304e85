// expect time=logn
import java.util.*;
public class ScanPastDigitSumSummedInLoop {
    // The pass adds up the digits of the candidate itself (through a copy) and leaves once the
    // candidate minus that sum reaches s; the candidate starts at s, so at most 9 steps per digit.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long n = in.nextLong(), s = in.nextLong();
        long cand = s;
        while (true) {
            long rest = cand, sum = 0;
            while (rest > 0) {
                sum += rest % 10;
                rest /= 10;
            }
            if (cand - sum >= s) break;
            cand++;
        }
        System.out.println(Math.max(0, n - cand + 1));
    }
}
