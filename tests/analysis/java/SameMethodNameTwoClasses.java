// expect time=quadratic
import java.util.*;
// Two classes each have a method get(i): Direct's reads one item, Prefix's sums the first i items.
// Python keeps one def per name, so the second class's method gets a name of its own and p.get(i),
// on a Prefix, runs that one: n passes of up to n steps. Both calls ran the first get, O(1).
public class SameMethodNameTwoClasses {
    static class Direct {
        int[] a;
        Direct(int[] a) { this.a = a; }
        int get(int i) { return a[i]; }
    }
    static class Prefix {
        int[] a;
        Prefix(int[] a) { this.a = a; }
        long get(int i) {
            long s = 0;
            for (int j = 0; j <= i; j++) s += a[j];
            return s;
        }
    }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        Direct d = new Direct(a);
        Prefix p = new Prefix(a);
        long s = 0;
        for (int i = 0; i < n; i++) s += d.get(i) * p.get(i);
        System.out.println(s);
    }
}
