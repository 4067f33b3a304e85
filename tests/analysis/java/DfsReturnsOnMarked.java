// expect time=linear
import java.util.*;
import java.io.*;
public class DfsReturnsOnMarked {
    // dfs(i, c) from every vertex, where dfs itself returns at once on a marked vertex: the marks
    // are shared by all the calls, so together they enter each vertex once (n + m over the whole
    // loop), as with `if (!vis[i]) dfs(i)` at the call.
    static ArrayList<Integer>[] adj;
    static boolean[] vis;
    static int[] comp;
    static void dfs(int v, int c) {
        if (vis[v]) return;
        vis[v] = true;
        comp[v] = c;
        for (int u : adj[v]) dfs(u, c);
    }
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken()), m = Integer.parseInt(st.nextToken());
        adj = new ArrayList[n];
        for (int i = 0; i < n; i++) adj[i] = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            st = new StringTokenizer(br.readLine());
            int u = Integer.parseInt(st.nextToken()) - 1, v = Integer.parseInt(st.nextToken()) - 1;
            adj[u].add(v);
            adj[v].add(u);
        }
        vis = new boolean[n];
        comp = new int[n];
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (!vis[i]) c++;
            dfs(i, c);
        }
        System.out.println(c);
    }
}
