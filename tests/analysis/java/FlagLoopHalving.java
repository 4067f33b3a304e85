// expect time=logn
import java.util.*;
// A loop whose test is a lone flag, set only where the loop should end (if (n == 0) done = true;),
// runs as while (n != 0): n is divided by 3 each pass, log n passes. It was read as a loop on a
// name no input reaches, constant.
public class FlagLoopHalving {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        boolean done = false;
        int digits = 0;
        while (!done) {
            n /= 3;
            digits++;
            if (n == 0) done = true;
        }
        System.out.println(digits);
    }
}
