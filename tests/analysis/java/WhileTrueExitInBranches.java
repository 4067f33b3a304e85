// expect time=logn
import java.util.*;
public class WhileTrueExitInBranches {
    // Two `while (true)` loops left by an exit that is not a lone break: the else branch prints and
    // then breaks, and an if whose branches both break. Each runs as the loop of its test (n halves,
    // p doubles up to n): log n passes, not once over the input until some break (both were linear).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong(), k = sc.nextLong();
        long m = n;
        int halvings = 0;
        while (true) {
            if (m > 1) {
                m /= 2;
                halvings++;
            } else {
                System.out.println(halvings);
                break;
            }
        }
        long p = 1;
        int doublings = 0;
        while (true) {
            p *= 2;
            doublings++;
            if (p > n) {
                if (k > 0) break;
                else break;
            }
        }
        System.out.println(doublings);
    }
}
