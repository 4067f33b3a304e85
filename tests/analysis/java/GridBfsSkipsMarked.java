// expect time=quadratic
import java.util.*;
public class GridBfsSkipsMarked {
    // `if (seen[i][j] ...) continue;` then a BFS that marks what it reaches: all the BFSs together
    // enter each cell once, n * m in all.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt(), m = in.nextInt();
        char[][] g = new char[n][];
        for (int i = 0; i < n; i++) g[i] = in.next().toCharArray();
        boolean[][] seen = new boolean[n][m];
        int[] dx = {1, -1, 0, 0}, dy = {0, 0, 1, -1};
        int comps = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (seen[i][j] || g[i][j] == '#') continue;
                comps++;
                ArrayDeque<int[]> q = new ArrayDeque<>();
                q.add(new int[]{i, j});
                seen[i][j] = true;
                while (!q.isEmpty()) {
                    int[] c = q.poll();
                    for (int d = 0; d < 4; d++) {
                        int x = c[0] + dx[d], y = c[1] + dy[d];
                        if (x < 0 || y < 0 || x >= n || y >= m || seen[x][y] || g[x][y] == '#') continue;
                        seen[x][y] = true;
                        q.add(new int[]{x, y});
                    }
                }
            }
        }
        System.out.println(comps);
    }
}
