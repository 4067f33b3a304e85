// expect time=quadratic
import java.util.*;
public class EntryPoint {
    // Java starts at main(String[] args); a main() written before it is an ordinary method (here
    // one the program never calls), not the program.
    static void main() {
        System.out.println("usage: n, then n numbers");
    }
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = in.nextInt();
        int inversions = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (a[i] > a[j]) inversions++;
        System.out.println(inversions);
    }
}
