// expect time=logn
import java.util.*;
public class HalveOrStepByTernary {
    // Steps to bring n to 1: halve it when even, add one when odd, written as one conditional
    // expression. An odd n becomes even, so n halves at least every other pass: log n passes, as
    // the same update written with if/else already was (the ternary hid the halving: constant).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        int steps = 0;
        while (n > 1) {
            n = n % 2 == 0 ? n / 2 : n + 1;
            steps++;
        }
        System.out.println(steps);
    }
}
