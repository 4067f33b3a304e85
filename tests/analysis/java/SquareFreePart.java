// expect time=sqrt
import java.util.*;
public class SquareFreePart {
    // n is divided only when x * x divides it (at most log n times); otherwise x steps by one up to
    // sqrt(n): the counter's walk bounds the loop.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long n = in.nextLong();
        long x = 2;
        while (x * x <= n) {
            if (n % (x * x) == 0) {
                n /= x * x;
                x = 2;
            } else {
                x++;
            }
        }
        System.out.println(n == 1 ? "YES" : "NO");
    }
}
