// expect time=logn
import java.math.BigInteger;
import java.util.*;
public class BigIntegerModPow {
    // BigInteger.modPow squares and multiplies numbers kept below the modulus: log n multiplications
    // for the exponent n, as Python's pow(b, n, m) (it was a method call of no cost: constant).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        BigInteger mod = BigInteger.valueOf(1000000007);
        BigInteger r = BigInteger.valueOf(2).modPow(BigInteger.valueOf(n), mod);
        System.out.println(r.subtract(BigInteger.ONE).mod(mod));
    }
}
