// expect time=linear
import java.util.*;

// Near miss of Euclid's algorithm: the position is taken modulo a count that goes down by one per
// pass (the Josephus walk), so the loop runs once per person, n passes. The divisor never takes the
// position's value, as Euclid's pair trade values, so the remainder is no Euclid step.
public class RemainderByShrinkingCount {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long k = sc.nextLong();
        long pos = 0;
        int left = n;
        while (left > 1) {
            pos += k;
            pos %= left;
            left--;
        }
        System.out.println(pos + 1);
    }
}
