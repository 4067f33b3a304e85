// expect time=quadratic
import java.util.*;
// A class of the program wraps a list: add(x) appends to it once per call, and it is called on every
// pass of the reading loop, so the list grows to n items, as if the append were written in the loop;
// has(x) scans it on each of the n passes: n^2. The append inside the method was seen once, so the
// list stayed of constant size and the scans O(1).
public class ListFilledThroughMethod {
    static class Bag {
        ArrayList<Integer> items = new ArrayList<>();
        void add(int x) { items.add(x); }
        boolean has(int x) {
            for (int y : items) if (y == x) return true;
            return false;
        }
    }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        Bag bag = new Bag();
        int repeats = 0;
        for (int i = 0; i < n; i++) {
            int x = sc.nextInt();
            if (bag.has(x)) repeats++;
            bag.add(x);
        }
        System.out.println(repeats);
    }
}
