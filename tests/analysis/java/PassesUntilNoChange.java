// expect time=quadratic
import java.util.*;
public class PassesUntilNoChange {
    // Passes repeated until one changes nothing (bubble sort): the flag is reset at the top of each
    // pass and set only inside its loop over the array, so up to n passes of n steps (it was a loop
    // of constant length, its test being a flag set to constants).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        boolean swapped = true;
        int swaps = 0;
        while (swapped) {
            swapped = false;
            for (int i = 0; i + 1 < n; i++) {
                if (a[i] > a[i + 1]) {
                    int t = a[i]; a[i] = a[i + 1]; a[i + 1] = t;
                    swapped = true;
                    swaps++;
                }
            }
        }
        System.out.println(swaps);
    }
}
