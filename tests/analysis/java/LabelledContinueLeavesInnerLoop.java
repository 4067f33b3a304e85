// expect time=nlogn
import java.util.*;
public class LabelledContinueLeavesInnerLoop {
    // `continue items;` inside the inner while (true) leaves it and goes on with the next item: the
    // halving loop ends when v reaches 1, log v passes per item. The parser dropped the label, and as
    // a plain continue the jump went round the inner loop again: it had no exit, one pass over the
    // input per item (quadratic). Lowered, the jump sets a flag, breaks, and the loop of the label
    // tests the flag after the inner loop.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextLong();
        long halvings = 0;
        items:
        for (int i = 0; i < n; i++) {
            long v = a[i];
            while (true) {
                if (v <= 1) continue items;
                v /= 2;
                halvings++;
            }
        }
        System.out.println(halvings);
    }
}
