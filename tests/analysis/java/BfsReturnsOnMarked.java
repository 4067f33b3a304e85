// expect time=linear
import java.util.*;
public class BfsReturnsOnMarked {
    // bfs(i) from every vertex, returning at once from a marked one: the breadth-first walk marks
    // what it reaches and skips what is marked, so all the calls together enter each vertex once
    // (n + m over the loop), not n walks of n.
    static ArrayList<Integer>[] adj; static boolean[] vis;
    static int bfs(int s) {
        if (vis[s]) return 0;
        ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(s); vis[s] = true;
        int size = 0;
        while (!q.isEmpty()) {
            int u = q.poll(); size++;
            for (int v : adj[u]) if (!vis[v]) { vis[v] = true; q.add(v); }
        }
        return size;
    }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(), m = sc.nextInt();
        adj = new ArrayList[n];
        for (int i = 0; i < n; i++) adj[i] = new ArrayList<>();
        for (int i = 0; i < m; i++) { int u = sc.nextInt() - 1, v = sc.nextInt() - 1; adj[u].add(v); adj[v].add(u); }
        vis = new boolean[n];
        int best = 0;
        for (int i = 0; i < n; i++) best = Math.max(best, bfs(i));
        System.out.println(best);
    }
}
