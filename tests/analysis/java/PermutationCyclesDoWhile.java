// expect time=linear
import java.util.*;
public class PermutationCyclesDoWhile {
    // Each cycle of the permutation is walked once: the walk starts only from an unmarked item
    // (`if (seen[i]) continue;`) and marks every item it passes, so over the whole loop the walks
    // pass each item once, n in all (it was n^2: the do-while's test `j != i` reads no mark).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] p = new int[n + 1];
        for (int i = 1; i <= n; i++) p[i] = sc.nextInt();
        boolean[] seen = new boolean[n + 1];
        long ans = 0;
        for (int i = 1; i <= n; i++) {
            if (seen[i]) continue;
            int j = i, len = 0;
            do {
                seen[j] = true;
                j = p[j];
                len++;
            } while (j != i);
            ans += (long) len * len;
        }
        System.out.println(ans);
    }
}
