// expect time=logn
import java.util.*;
// Math.floorDiv(n, 2) is n / 2 rounded down: the loop halves n, log n passes. It was lowered as a
// conversion of n, and a loop setting n to an opaque value was read as one pass over the input.
public class FloorDivHalving {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        int steps = 0;
        for (;;) {
            if (n <= 1) break;
            n = Math.floorDiv(n, 2);
            steps++;
        }
        System.out.println(steps + " " + Math.floorMod(n, 7));
    }
}
