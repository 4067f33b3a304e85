// expect time=linear
import java.util.*;
public class FixedTreeMapLookups {
    // The TreeMap holds three keys written out in the code, so each floorKey/get on it is a
    // constant number of steps: n lookups are linear. A sorted structure of unknown size is taken
    // as input-sized, which had made every lookup log n and the loop n log n.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        TreeMap<Integer, Integer> rate = new TreeMap<>();
        rate.put(0, 1); rate.put(100, 2); rate.put(1000, 5);
        long s = 0;
        for (int i = 0; i < n; i++) {
            Integer k = rate.floorKey(a[i]);
            if (k != null) s += (long) a[i] * rate.get(k);
        }
        System.out.println(s);
    }
}
