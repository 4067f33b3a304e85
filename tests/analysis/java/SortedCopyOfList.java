// expect time=nlogn
import java.util.*;
public class SortedCopyOfList {
    // new TreeSet<>(list) puts the list's n items in a sorted set: n log n (the copy was an empty
    // set, so only the reading loop counted: linear).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) list.add(sc.nextInt());
        TreeSet<Integer> set = new TreeSet<>(list);
        System.out.println(set.first() + " " + set.size());
    }
}
