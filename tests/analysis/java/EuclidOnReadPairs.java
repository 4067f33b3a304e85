// expect time=constant
import java.io.*;
import java.util.*;

// Euclid's algorithm on pairs read from the input, in the three shapes Codeforces submissions give
// it: a loop that keeps the larger value first by swapping through a temporary and adds up the
// quotients, a recursion f(b, a % b), and an lcm through a gcd method. Each runs under 100 steps for
// any pair of longs; the labels count Euclid's algorithm as constant work (it was log n).
public class EuclidOnReadPairs {
    static long quotients(long a, long b) {
        return b == 0 ? 0 : a / b + quotients(b, a % b);
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            a %= b;
            long t = a;
            a = b;
            b = t;
        }
        return a;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        long a = Long.parseLong(st.nextToken()), b = Long.parseLong(st.nextToken());
        long x = a, y = b, ops = 0;
        while (x > 0 && y > 0) {
            if (x < y) {
                long t = x;
                x = y;
                y = t;
            }
            ops += x / y;
            x = x % y;
        }
        System.out.println(ops + " " + quotients(a, b) + " " + a / gcd(a, b) * b);
    }
}
