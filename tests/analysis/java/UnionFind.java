// expect time=nlogn
import java.util.*;
public class UnionFind {
    // Path compression (parent[x] = parent[parent[x]] on the way up): O(log n) per find, amortized.
    static int[] parent;
    static int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt(), m = in.nextInt();
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int k = 0; k < m; k++) {
            int a = in.nextInt() - 1, b = in.nextInt() - 1;
            parent[find(a)] = find(b);
        }
        int roots = 0;
        for (int v = 0; v < n; v++) if (find(v) == v) roots++;
        System.out.println(roots);
    }
}
