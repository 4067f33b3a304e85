// expect time=logn
import java.util.*;
public class DoublingUntilReturn {
    // while (true) whose exit is `if (x >= n) return k;` at the top of the body runs as
    // while (x < n) does: x doubles, log n passes (a return was not taken for the loop's exit, so it
    // was a walk until break: n).
    static int steps(long n) {
        long x = 1;
        int k = 0;
        while (true) {
            if (x >= n) return k;
            x *= 2;
            k++;
        }
    }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        System.out.println(steps(sc.nextLong()));
    }
}
