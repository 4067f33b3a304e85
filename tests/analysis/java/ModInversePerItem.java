// expect time=linear
import java.util.*;
public class ModInversePerItem {
    // The inverse of each of n numbers by Fermat: power(x, MOD - 2) squares and multiplies over an
    // exponent that every call fills with the same number written in the program, so each call is
    // O(1) and the program linear (the exponent was taken for an input-sized value: n log n).
    // power(2, n) in the same program still costs log n.
    static final long MOD = 1_000_000_007L;

    static long power(long b, long e) {
        long r = 1;
        b %= MOD;
        while (e > 0) {
            if ((e & 1) == 1) r = r * b % MOD;
            b = b * b % MOD;
            e >>= 1;
        }
        return r;
    }

    static long twoTo(long n) {
        long r = 1, b = 2;
        while (n > 0) {
            if ((n & 1) == 1) r = r * b % MOD;
            b = b * b % MOD;
            n >>= 1;
        }
        return r;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long sum = 0;
        for (int i = 0; i < n; i++) sum = (sum + power(sc.nextLong(), MOD - 2)) % MOD;
        System.out.println(sum + " " + twoTo(n));
    }
}
