// expect time=constant risks=unbounded_loop
import java.util.*;
public class HangOnBadInput {
    // while (true); never ends: the program hangs on input it rejects, so no run that ends pays
    // for it; the answer is a formula. The loop stays a risk: it never ends.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long n = in.nextLong(), k = in.nextLong();
        if (k > n) {
            while (true);
        }
        System.out.println(n * (n + 1) / 2 - k);
    }
}
