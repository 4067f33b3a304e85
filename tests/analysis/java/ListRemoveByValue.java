// expect time=quadratic
import java.util.*;
public class ListRemoveByValue {
    // list.remove(Integer.valueOf(x)) (or of an Integer variable) removes the item equal to x, which
    // a scan of the list finds: n per call, n^2 over the loop. remove(int) is the overload by
    // index; both were read as it, a pop of no cost.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        ArrayList<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) list.add(sc.nextInt());
        int removed = 0;
        for (int i = 0; i < n; i++) {
            int x = sc.nextInt();
            if (list.remove(Integer.valueOf(x))) removed++;
        }
        Integer last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (last != null) list.remove(last);
        System.out.println(removed + " " + list.size());
    }
}
