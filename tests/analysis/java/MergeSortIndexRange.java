// expect time=nlogn
import java.util.*;
public class MergeSortIndexRange {
    // Two calls on the halves [l, m) and [m, r), then a linear merge: T(n) = 2T(n/2) + O(n). The merge
    // reads a[] after recursing, so a[] is no memo table and no visited mark.
    static int[] a, tmp;
    static void sort(int l, int r) {
        if (r - l <= 1) return;
        int m = (l + r) / 2;
        sort(l, m);
        sort(m, r);
        int i = l, j = m, k = l;
        while (i < m || j < r) {
            if (j >= r || (i < m && a[i] <= a[j])) tmp[k++] = a[i++];
            else tmp[k++] = a[j++];
        }
        for (k = l; k < r; k++) a[k] = tmp[k];
    }
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        a = new int[n];
        tmp = new int[n];
        for (int i = 0; i < n; i++) a[i] = in.nextInt();
        sort(0, n);
        StringBuilder sb = new StringBuilder();
        for (int x : a) sb.append(x).append(' ');
        System.out.println(sb);
    }
}
