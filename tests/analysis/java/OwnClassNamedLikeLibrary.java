// expect time=quadratic
import java.util.Scanner;
// The program's own class Stack (named like java.util.Stack) counts its live items by a scan in
// size(), called on each of the n passes: n^2. Lowered as the library's stack, size() was len(),
// O(1), and new Stack(n) an empty deque.
public class OwnClassNamedLikeLibrary {
    static class Stack {
        int[] data;
        int top;
        Stack(int n) { data = new int[n]; }
        void push(int v) { data[top++] = v; }
        int size() {
            int live = 0;
            for (int i = 0; i < data.length; i++) if (data[i] != 0) live++;
            return live;
        }
    }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        Stack st = new Stack(n);
        long total = 0;
        for (int i = 0; i < n; i++) {
            st.push(sc.nextInt());
            total += st.size();
        }
        System.out.println(total);
    }
}
