// expect time=nlogn
import java.util.*;
public class CopyOfMapKeysSorted {
    // new ArrayList<>(map.keySet()) copies the map's keys (it was lowered as an empty list, so the
    // sort after it cost nothing and the program was linear); new TreeSet<>(map.values()) sorts them.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        HashMap<Integer, Integer> count = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int x = sc.nextInt();
            count.put(x, count.getOrDefault(x, 0) + 1);
        }
        ArrayList<Integer> keys = new ArrayList<>(count.keySet());
        Collections.sort(keys);
        long s = 0;
        for (int k : keys) s = s * 31 + count.get(k);
        TreeSet<Integer> sizes = new TreeSet<>(count.values());
        System.out.println(s + " " + sizes.first());
    }
}
