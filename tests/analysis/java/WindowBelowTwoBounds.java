// expect time=linear
import java.util.*;
public class WindowBelowTwoBounds {
    // `for (j = i; j < n && j < i + 5; j++)` stops at the smaller of its two limits: a window of at
    // most five items after each i, so the program is linear. The loop was lowered as a while loop
    // whose count was its larger limit, n, and the program read as quadratic.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n && j <= i + 5; j++) {
                if (a[j] > a[i]) count++;
            }
        }
        System.out.println(count);
    }
}
