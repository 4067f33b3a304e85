// expect time=logn
import java.util.*;
import java.math.BigInteger;
public class BigIntegerBits {
    // x.bitLength() is the number of x's binary digits: the loop over them tests log x bits of a
    // number read from the input, and x.shiftRight(1) halves x. Both were unknown calls: the first
    // loop read as one over the input, the second as constant.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        BigInteger x = sc.nextBigInteger();
        int ones = 0;
        for (int i = 0; i < x.bitLength(); i++)
            if (x.testBit(i)) ones++;
        int steps = 0;
        BigInteger y = x;
        while (y.signum() > 0) {
            y = y.shiftRight(1);
            steps++;
        }
        System.out.println(ones + " " + steps);
    }
}
