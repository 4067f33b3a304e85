// expect time=quadratic
import java.util.*;
// A TreeSet filled with the n values read, then walked whole once per item: n passes over up to n
// values. Its add lowers to bisect.insort(ts, x), which the sizes of the program did not count as
// an insertion (the set stayed of constant size, the walks O(1)).
public class TreeSetWalkedPerItem {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        TreeSet<Integer> ts = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            a[i] = sc.nextInt();
            ts.add(a[i]);
        }
        long bigger = 0;
        for (int i = 0; i < n; i++) {
            for (int x : ts) if (x > a[i]) bigger++;
        }
        System.out.println(bigger);
    }
}
