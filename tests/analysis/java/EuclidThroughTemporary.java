// expect time=constant
import java.util.*;
public class EuclidThroughTemporary {
    // Euclid's algorithm with its step written through a temporary (r = a % b; a = b; b = r;), in a
    // while loop and in a while (true) with its exit first: b = a % b at every pass (the first was
    // read as a loop of constant length by chance, the second as a walk until break: n). Its passes
    // are under 100 for any pair of longs, and the labels count Euclid's algorithm as constant work.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long a = sc.nextLong(), b = sc.nextLong();
        long x = a, y = b;
        while (y > 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        long steps = 0;
        while (true) {
            if (b == 0) break;
            steps += a / b;
            long t = a % b;
            a = b;
            b = t;
        }
        System.out.println(x + " " + steps);
    }
}
