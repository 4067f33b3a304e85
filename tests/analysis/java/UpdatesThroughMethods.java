// expect time=quadratic
import java.util.*;
public class UpdatesThroughMethods {
    // Each pass reads one column, raises it through b.drop() and prints b.tallest(), a scan of all
    // the columns: the passes share the board (drop writes what tallest reads), so they are n
    // queries of n steps each, not independent test cases (the loop reads and prints, which made
    // it one case per pass: linear).
    static class Board {
        int n;
        int[] h;
        Board(int n) { this.n = n; h = new int[n]; }
        int tallest() { int b = 0; for (int i = 0; i < n; i++) b = Math.max(b, h[i]); return b; }
        void drop(int c) { h[c]++; }
    }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        Board b = new Board(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.drop(sc.nextInt() - 1);
            sb.append(b.tallest()).append(' ');
        }
        System.out.println(sb);
    }
}
