// expect time=logn
import java.util.*;
public class WhileTrueLabelledExit {
    // The while (true) is left only by `break outer;` from the inner loop, under a test on x that the
    // loop halves: it runs while that test fails, log x passes (it was linear, "until break").
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long x = sc.nextLong();
        int steps = 0;
        outer:
        while (true) {
            for (int j = 0; j < 3; j++) {
                if (x < 2) break outer;
            }
            x /= 2;
            steps++;
        }
        System.out.println(steps);
    }
}
