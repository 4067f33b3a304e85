// expect time=quadratic
import java.util.*;
public class DictGrownPerItem {
    // Each pass reads one number, counts it in a map made before the loop and prints the largest
    // count by scanning all the map's values: the passes share the map, which grows by one key per
    // new number, so the scans add up to n^2. Reading and printing per pass had made the loop look
    // like independent test cases (constant): the map's growth was decided too late to count.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        HashMap<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int x = sc.nextInt();
            m.put(x, m.getOrDefault(x, 0) + 1);
            int best = 0;
            for (int v : m.values()) best = Math.max(best, v);
            System.out.println(best + " " + m.size());
        }
    }
}
