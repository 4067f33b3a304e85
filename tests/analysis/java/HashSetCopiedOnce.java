// expect time=linear
import java.util.*;
public class HashSetCopiedOnce {
    // Near miss of HashSetCopiedPerPass.java: the list is copied into a set once, before the loop,
    // and the loop asks the set (O(1) per question): linear.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) list.add(sc.nextInt());
        HashSet<Integer> set = new HashSet<>(list);
        HashMap<Integer, Integer> capacityOnly = new HashMap<>(2 * n);
        int missing = 0;
        for (int v = 1; v <= n; v++) {
            if (!set.contains(v)) missing++;
            capacityOnly.put(v, missing);
        }
        System.out.println(missing + " " + capacityOnly.size());
    }
}
