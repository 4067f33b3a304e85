// expect time=quadratic
import java.util.*;
public class FieldSetByConstructor {
    // The constructor's parameter n hides the field n and sets it through this.n: run() loops to the
    // field, which holds the input's size (n^2 pairs), not the zero it starts with.
    static class Solver {
        int n;
        long[] a;
        Solver(int n) {
            this.n = n;
            a = new long[n];
        }
        void read(Scanner sc) {
            for (int i = 0; i < n; i++) a[i] = sc.nextLong();
        }
        long run() {
            long best = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                long s = 0;
                for (int j = i; j < n; j++) {
                    s += a[j];
                    best = Math.max(best, s);
                }
            }
            return best;
        }
    }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        Solver s = new Solver(sc.nextInt());
        s.read(sc);
        System.out.println(s.run());
    }
}
