// expect time=quadratic
import java.util.*;
public class ChainWalkFromEach {
    // From every vertex the walk follows parent links up to the root: `v = p[v]` moves along a
    // chain that can be n links long, so each walk is up to n passes and all of them n^2 (it was
    // read as a loop of constant length, since v is never stepped by a constant). The naive LCA
    // lifts the deeper of two nodes the same way, swapping them first.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] p = new int[n + 1], dep = new int[n + 1];
        p[1] = -1;
        for (int i = 2; i <= n; i++) { p[i] = sc.nextInt(); dep[i] = dep[p[i]] + 1; }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            int d = 0, v = i;
            while (v != -1) { d++; v = p[v]; }
            best = Math.max(best, d);
        }
        int q = sc.nextInt();
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < q; k++) {
            int a = sc.nextInt(), b = sc.nextInt();
            while (a != b) {
                if (dep[a] < dep[b]) { int t = a; a = b; b = t; }
                a = p[a];
            }
            sb.append(a).append('\n');
        }
        System.out.println(best);
        System.out.print(sb);
    }
}
