// expect time=linear
import java.util.*;
public class WindowAboveTwoBounds {
    // `for (j = i; j > 0 && j > i - 3; j--)` counts down to the larger of its two limits: at most
    // three items before each i, so the program is linear. Only the window counted up was read so;
    // counted down it was a while loop whose count was the farther limit (n) and read as quadratic.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        long best = 0;
        for (int i = 0; i < n; i++) {
            long s = 0;
            for (int j = i; j >= 1 && j > i - 3; j--) s += a[j];
            best = Math.max(best, s);
        }
        System.out.println(best);
    }
}
