// expect time=logn
import java.util.*;
public class Doubling {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        int steps = 0;
        for (long p = 1; p < n; p *= 2) steps++;
        System.out.println(steps);
    }
}
