// expect time=nlogn
import java.util.*;
public class MergeSortOnOneLine {
    // A merge sort whose method is written on one line: the merge after the two recursive calls
    // compares and writes the array on the calls' own line, so, read by line numbers alone, the
    // array looked "tested before recursing and written after", a memo table, and the sort linear.
    // Statements after the call's own statement are after it, on its line too.
    static int[] a;
    static void sort(int l, int r) { if (l >= r) return; int m = (l + r) / 2; sort(l, m); sort(m + 1, r); int[] t = new int[r - l + 1]; int i = l, j = m + 1, k = 0; while (i <= m && j <= r) { if (a[i] <= a[j]) t[k++] = a[i++]; else t[k++] = a[j++]; } while (i <= m) t[k++] = a[i++]; while (j <= r) t[k++] = a[j++]; for (k = 0; k < t.length; k++) a[l + k] = t[k]; }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        sort(0, n - 1);
        StringBuilder sb = new StringBuilder();
        for (int x : a) sb.append(x).append(' ');
        System.out.println(sb);
    }
}
