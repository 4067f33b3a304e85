// expect time=linear
import java.util.*;
public class ComponentsByStackMethod {
    // dfs(v) walks with its own stack, marking vis[]; it is started only from unmarked vertices, so
    // all its runs together visit each vertex once: n + m.
    static int[] head, nxt, to;
    static boolean[] vis;
    static int dfs(int s) {
        int size = 0;
        Stack<Integer> st = new Stack<>();
        st.push(s);
        vis[s] = true;
        while (!st.isEmpty()) {
            int u = st.pop();
            size++;
            for (int e = head[u]; e != -1; e = nxt[e]) {
                if (!vis[to[e]]) { vis[to[e]] = true; st.push(to[e]); }
            }
        }
        return size;
    }
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt(), m = in.nextInt();
        head = new int[n]; Arrays.fill(head, -1);
        nxt = new int[2 * m]; to = new int[2 * m];
        int cnt = 0;
        for (int i = 0; i < m; i++) {
            int a = in.nextInt() - 1, b = in.nextInt() - 1;
            to[cnt] = b; nxt[cnt] = head[a]; head[a] = cnt++;
            to[cnt] = a; nxt[cnt] = head[b]; head[b] = cnt++;
        }
        vis = new boolean[n];
        long best = 0;
        for (int v = 0; v < n; v++) if (!vis[v]) best = Math.max(best, dfs(v));
        System.out.println(best);
    }
}
