// expect time=logn
import java.util.*;
public class RangeCappedThroughAName {
    // end = min(n, s + 180): the loop from s to end runs at most 181 passes, each over the digits of
    // a number up to n; past the window every number qualifies and is counted at once.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long n = in.nextLong(), s = in.nextLong();
        long end = Math.min(n, s + 180), count = 0;
        for (long v = s; v <= end; v++) {
            long rest = v, digits = 0;
            while (rest > 0) { digits += rest % 10; rest /= 10; }
            if (v - digits >= s) count++;
        }
        System.out.println(count + Math.max(0, n - end));
    }
}
