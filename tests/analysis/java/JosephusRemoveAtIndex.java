// expect time=quadratic
import java.util.*;
import java.io.*;
public class JosephusRemoveAtIndex {
    // The Josephus circle kept in an ArrayList: every pass removes the item at a computed position,
    // and ArrayList.remove(int) shifts every item after it down one place, so each removal is
    // linear in the list and the n removals quadratic (the removal was taken as O(1)). The removal
    // of the last item, by its index, shifts nothing and stays O(1).
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken()), k = Integer.parseInt(st.nextToken());
        ArrayList<Integer> ring = new ArrayList<>();
        for (int i = 1; i <= n; i++) ring.add(i);
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        while (ring.size() > 1) {
            pos = (pos + k - 1) % ring.size();
            sb.append(ring.remove(pos)).append(' ');
        }
        sb.append(ring.remove(ring.size() - 1));
        System.out.println(sb);
    }
}
