// expect time=constant
import java.util.*;
public class WhileTrueCounterExit {
    // The loop is left when the counter i, stepped by one on every pass, reaches 4: it runs four
    // times, as `while (i != 4)` would, not once over the input until some break (it was linear).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        long[] coins = {25, 10, 5, 1};
        int i = 0;
        long count = 0;
        while (true) {
            if (i == coins.length) break;
            count += n / coins[i];
            n %= coins[i];
            i++;
        }
        System.out.println(count);
    }
}
