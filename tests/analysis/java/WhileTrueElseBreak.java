// expect time=logn
import java.util.*;
public class WhileTrueElseBreak {
    // while (true) { if (test) { ... } else break; } goes on while the test holds: here n is divided
    // by 3 and p doubled, log n passes each (the else-break was no exit the analyzer read, so both
    // were walks until break: n).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        int c = 0;
        while (true) {
            if (n % 3 == 0) { n /= 3; c++; }
            else break;
        }
        long p = 1;
        int k = 0;
        for (;;) {
            if (p * 2 <= n) { p *= 2; k++; }
            else break;
        }
        System.out.println(c + " " + k);
    }
}
