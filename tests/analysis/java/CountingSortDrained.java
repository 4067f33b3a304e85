// expect time=linear
import java.util.*;
public class CountingSortDrained {
    // Counting sort: each slot of a table as long as the largest value is emptied by a while loop
    // that takes one per pass (cnt[v]--). The counts add up to n, so the walk costs the range plus
    // n, not the range times n.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            a[i] = sc.nextInt();
            top = Math.max(top, a[i]);
        }
        int[] cnt = new int[top + 1];
        for (int x : a) cnt[x]++;
        StringBuilder sb = new StringBuilder();
        for (int v = 0; v <= top; v++) {
            while (cnt[v] > 0) {
                sb.append(v).append(' ');
                cnt[v]--;
            }
        }
        System.out.println(sb.toString().trim());
    }
}
