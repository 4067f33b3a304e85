// expect time=linear
import java.io.*;
import java.util.*;
public class GroupsWalkedThenCleared {
    // Numbers gathered into groups of k: when a group is full it is walked once for its maximum and
    // then cleared. Each number is walked once before the list starts over, so the walks add up to
    // n in all; the list was taken as growing to n and walked on every pass: it was quadratic.
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken()), k = Integer.parseInt(st.nextToken());
        st = new StringTokenizer(br.readLine());
        List<Integer> group = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            group.add(Integer.parseInt(st.nextToken()));
            if (group.size() == k || i == n - 1) {
                int best = Integer.MIN_VALUE;
                for (int x : group) best = Math.max(best, x);
                total += best;
                group.clear();
            }
        }
        System.out.println(total);
    }
}
