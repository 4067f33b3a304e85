// expect time=constant
import java.util.*;

// Euclid's algorithm as solutions that count subtractions write it: take away as many copies of the
// smaller value as fit (a quotient by it times it), in a loop that swaps the pair to keep the larger
// second, and in a recursion that calls itself with the pair exchanged when it comes in the other
// order; and a gcd that exchanges its pair by three xors after the remainder. Each is a remainder
// step, under 100 of them for any pair of longs, which the labels count as constant work (the first
// two were read as a walk down one value, n; the third as a loop of unknown bound).
public class EuclidBySubtractedMultiples {
    static long count(long a, long b) {
        if (a == b) return 1;
        if (a < b) return count(b, a);
        long k = (a - 1) / b;
        return k + count(b, a - b * k);
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            a = a % b;
            b ^= a;
            a ^= b;
            b ^= a;
        }
        return a;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int t = sc.nextInt();
        StringBuilder sb = new StringBuilder();
        while (t-- > 0) {
            long a = sc.nextLong(), b = sc.nextLong();
            long x = a, y = b, ops = 0;
            while (x != y) {
                if (x > y) {
                    long tmp = x;
                    x = y;
                    y = tmp;
                }
                long times = (y - x - 1) / x + 1;
                y -= times * x;
                ops += times;
            }
            sb.append(ops + 1).append(' ').append(count(a, b)).append(' ').append(gcd(a, b)).append('\n');
        }
        System.out.print(sb);
    }
}
