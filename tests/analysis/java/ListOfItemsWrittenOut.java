// expect time=linear
import java.util.*;
public class ListOfItemsWrittenOut {
    // Arrays.asList(a, b, c) holds the three items written out: the inner loop runs 3 times per
    // test, not once per item of a copy of the first argument.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long s = 0;
        for (int i = 0; i < n; i++) {
            int a = in.nextInt(), b = in.nextInt(), c = in.nextInt();
            for (int x : Arrays.asList(a, b, c)) s += x % 7;
        }
        System.out.println(s);
    }
}
