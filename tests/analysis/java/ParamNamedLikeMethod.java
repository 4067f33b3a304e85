// expect time=logn
import java.util.*;
public class ParamNamedLikeMethod {
    // Java keeps methods and variables apart: power(num, power / 2) calls the method with half the
    // variable, a recursion that halves its argument (log n calls).
    static final long MOD = 1000000007L;
    static long power(long num, long power) {
        if (power == 0) return 1;
        long half = power(num, power / 2);
        long res = half * half % MOD;
        if (power % 2 != 0) res = res * num % MOD;
        return res;
    }
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long n = in.nextLong();
        System.out.println(power(2, n));
    }
}
