// expect time=linear
import java.util.*;
// Arrays.sort(a, from, to) sorts that range only: here the first min(n, 5) items, a constant
// number, so the program is its reading loop (the sort was lowered as a sort of the whole array,
// n log n). A 1-based Arrays.sort(b, 1, n + 1) stays n log n (SortThenScan.java and others).
public class SortOfAFixedRange {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        Arrays.sort(a, 0, Math.min(n, 5));
        long head = 0;
        for (int i = 0; i < Math.min(n, 5); i++) head += a[i];
        System.out.println(head);
    }
}
