// expect time=constant
import java.util.*;

// Alternating sums by a closed form for even x: an odd x steps to x - 1 (or x + 1), which is even,
// and an even x returns without calling itself again, so each call goes one level deep whatever x
// is (it was read as a walk down to 0: n). Written with an early return and with a conditional
// expression.
public class RecursionStopsOnEven {
    static long upTo(long x) {
        if (x % 2 == 0) return x / 2;
        return upTo(x - 1) - x;
    }

    static long fromAbove(long x) {
        return (x & 1) == 0 ? -x / 2 : fromAbove(x + 1) + x + 1;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int q = sc.nextInt();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            long l = sc.nextLong(), r = sc.nextLong();
            sb.append(upTo(r) - upTo(l - 1)).append(' ').append(fromAbove(l)).append('\n');
        }
        System.out.print(sb);
    }
}
