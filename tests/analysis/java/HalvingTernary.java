// expect time=logn
import java.util.*;
public class HalvingTernary {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        int steps = 0;
        while (n > 1) {
            n = (n % 2 == 0) ? n / 2 : n - 1;
            steps++;
        }
        System.out.println(steps);
    }
}
