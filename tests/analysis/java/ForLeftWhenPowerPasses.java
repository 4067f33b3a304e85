// expect time=logn
import java.util.*;
public class ForLeftWhenPowerPasses {
    // Counts up to n but leaves once 2^i passes n: log n passes.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long n = in.nextLong();
        int bits = 0;
        for (int i = 1; i <= n; i++) {
            if (Math.pow(2, i) > n) {
                bits = i;
                break;
            }
        }
        System.out.println(bits);
    }
}
