// expect time=logn
import java.util.*;
// The loop's only exit ends the program (System.exit inside the if): it runs as while (n != 1),
// halving n at least every other pass, not once over the input until some break.
public class WhileTrueSystemExit {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        int steps = 0;
        while (true) {
            if (n == 1) {
                System.out.println(steps);
                System.exit(0);
            }
            n = (n % 2 == 0) ? n / 2 : n - 1;
            steps++;
        }
    }
}
