// expect time=linear
import java.util.*;
public class DfsThreeColours {
    // Cycle detection with white/grey/black marks: dfs returns nothing, so the table it tests before
    // recursing and writes afterwards (1, then 2) is a traversal's marks, not a memo of answers;
    // each vertex is entered once from the loop over the vertices (n + m).
    static ArrayList<Integer>[] adj;
    static int[] color;
    static boolean cycle = false;
    static void dfs(int v) {
        color[v] = 1;
        for (int u : adj[v]) {
            if (color[u] == 1) cycle = true;
            else if (color[u] == 0) dfs(u);
        }
        color[v] = 2;
    }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(), m = sc.nextInt();
        adj = new ArrayList[n];
        for (int i = 0; i < n; i++) adj[i] = new ArrayList<>();
        for (int i = 0; i < m; i++) adj[sc.nextInt() - 1].add(sc.nextInt() - 1);
        color = new int[n];
        for (int i = 0; i < n; i++) if (color[i] == 0) dfs(i);
        System.out.println(cycle ? "cycle" : "acyclic");
    }
}
