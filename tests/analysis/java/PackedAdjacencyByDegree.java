// expect time=linear
import java.util.*;
// The packed adjacency lists of Java templates: degrees counted first, then one array of deg[v]
// items per vertex (g[v] = new int[deg[v]]), filled by index. The arrays together hold the 2(n-1)
// ends of the edges, so allocating them and walking every g[v] are linear, as with lists that
// g[u].add(v) fills. Each allocation was priced at n, and the walk at n per vertex.
public class PackedAdjacencyByDegree {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] from = new int[n - 1], to = new int[n - 1];
        int[] deg = new int[n];
        for (int i = 0; i < n - 1; i++) {
            from[i] = sc.nextInt() - 1;
            to[i] = sc.nextInt() - 1;
            deg[from[i]]++;
            deg[to[i]]++;
        }
        int[][] g = new int[n][];
        for (int v = 0; v < n; v++) g[v] = new int[deg[v]];
        int[] filled = new int[n];
        for (int i = 0; i < n - 1; i++) {
            g[from[i]][filled[from[i]]++] = to[i];
            g[to[i]][filled[to[i]]++] = from[i];
        }
        long leaves = 0;
        for (int v = 0; v < n; v++) {
            int bigger = 0;
            for (int u : g[v]) if (u > v) bigger++;
            if (g[v].length == 1) leaves += bigger;
        }
        System.out.println(leaves);
    }
}
