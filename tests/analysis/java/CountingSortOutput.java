// expect time=linear
import java.util.*;
public class CountingSortOutput {
    // The values are counted (cnt[x]++), then each value is printed as many times as it was seen:
    // the inner loops run cnt[v] passes each, and the counts add up to n, so the two loops together
    // are n + n, not n per value (a counting sort).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] cnt = new int[n + 1];
        for (int i = 0; i < n; i++) cnt[sc.nextInt()]++;
        StringBuilder sb = new StringBuilder();
        for (int v = 0; v <= n; v++)
            for (int k = 0; k < cnt[v]; k++) sb.append(v).append(' ');
        System.out.println(sb);
    }
}
