// expect time=quadratic
import java.util.*;
public class TreeSetToArrayPerPass {
    // The median after every insertion, read from ts.toArray(): the copy holds every item of the set,
    // so each pass is linear and the n passes quadratic (toArray on a sorted set was lowered as a
    // search of the set, log n per pass: it was n log n).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        TreeSet<Integer> ts = new TreeSet<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            ts.add(sc.nextInt());
            Integer[] items = ts.toArray(new Integer[0]);
            total += items[items.length / 2];
        }
        System.out.println(total);
    }
}
