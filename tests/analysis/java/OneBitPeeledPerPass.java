// expect time=logn
import java.util.*;

// Powers of two that sum to n, taken off the top (Long.highestOneBit) and off the bottom
// (Integer.lowestOneBit): each pass clears one bit of the number read, so each loop runs as many
// times as it has bits, log n. Both calls were lowered as the number itself, and the loops read as
// walks of unknown length (n).
public class OneBitPeeledPerPass {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        int m = sc.nextInt();
        List<Long> parts = new ArrayList<>();
        long rest = n;
        while (rest > 0) {
            long top = Long.highestOneBit(rest);
            parts.add(top);
            rest -= top;
        }
        int low = 0;
        while (m != 0) {
            m -= Integer.lowestOneBit(m);
            low++;
        }
        System.out.println(parts.size() + " " + low);
    }
}
