// expect time=nlogn
import java.util.*;
public class SmallToLarge {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(), m = sc.nextInt();
        List<List<Integer>> members = new ArrayList<>();
        int[] comp = new int[n];
        for (int i = 0; i < n; i++) { members.add(new ArrayList<>()); members.get(i).add(i); comp[i] = i; }
        for (int e = 0; e < m; e++) {
            int a = comp[sc.nextInt()], b = comp[sc.nextInt()];
            if (a == b) continue;
            if (members.get(a).size() < members.get(b).size()) { int t = a; a = b; b = t; }
            for (int x : members.get(b)) { comp[x] = a; members.get(a).add(x); }
            members.get(b).clear();
        }
        System.out.println(comp[0]);
    }
}
