// expect time=logn
import java.util.*;
public class HalvingThroughMethod {
    // half(n) returns n / 2: the loop halves n, log n passes. A call of the program's own method was
    // an opaque value, and `n = half(n)` read as setting n to something unrelated to n (constant).
    // A one-line method of plain arithmetic on its parameters is its expression at the call.
    static long half(long v) {
        return v / 2;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        int steps = 0;
        while (n > 0) {
            n = half(n);
            steps++;
        }
        System.out.println(steps);
    }
}
