// expect time=linear
import java.util.*;
public class ReadUntilFound {
    // Printing happens only on the way out (System.exit): a search over n items read one per pass.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long limit = sc.nextLong();
        long total = 0;
        for (int i = 2; i <= n; i++) {
            long x = sc.nextLong(), y = sc.nextLong();
            total += x;
            if (total + y > limit) {
                System.out.println(total);
                System.exit(0);
            }
        }
        System.out.println(-1);
    }
}
