// expect time=nlogn
import java.util.*;
public class UnionFindRecursive {
    // The recursive find with path compression (par[v] = root(par[v])): O(log n) per find,
    // amortized, as the loop form is; the finds do not remember answers, they shorten paths.
    int[] par;
    int root(int v) {
        if (par[v] != v) par[v] = root(par[v]);
        return par[v];
    }
    void run() {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt(), m = in.nextInt();
        par = new int[n];
        for (int i = 0; i < n; i++) par[i] = i;
        int comps = n;
        for (int k = 0; k < m; k++) {
            int a = root(in.nextInt() - 1), b = root(in.nextInt() - 1);
            if (a != b) { par[a] = b; comps--; }
        }
        System.out.println(comps);
    }
    public static void main(String[] args) { new UnionFindRecursive().run(); }
}
