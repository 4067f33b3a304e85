// expect time=logn
import java.util.*;
// Fibonacci numbers without tuple assignment: t = x + y; x = y; y = t. x copies y, whose value is
// the pair's sum, so the pair grows like Fibonacci numbers and passes n after log n steps (as
// x, y = y, x + y already read). Through the temporary, y looked set to a value of unknown size.
public class FibonacciThroughTemporary {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        int steps = 0;
        for (long x = 1, y = 1; x <= n; ) {
            long t = x + y;
            x = y;
            y = t;
            steps++;
        }
        System.out.println(steps);
    }
}
