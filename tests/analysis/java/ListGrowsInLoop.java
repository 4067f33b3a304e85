// expect time=linear
import java.util.*;
public class ListGrowsInLoop {
    // A BFS over an ArrayList by index: q.size() is evaluated on every pass and the body adds to q,
    // so the loop runs until the list stops growing (at most n states here), not over the one item
    // q held when it started.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long x = in.nextLong() % n;
        ArrayList<Long> q = new ArrayList<>();
        HashSet<Long> seen = new HashSet<>();
        q.add(x);
        seen.add(x);
        for (int i = 0; i < q.size(); i++) {
            long u = q.get(i);
            long[] next = {u * 2 % n, (u + 1) % n};
            for (long v : next) if (seen.add(v)) q.add(v);
        }
        System.out.println(q.size());
    }
}
