// expect time=quadratic
import java.util.*;
public class HashSetCopiedPerPass {
    // After each number read, new HashSet<>(list) copies the whole list to test whether its items
    // are still distinct: the copy is as long as the list, so the n passes are quadratic. The
    // constructor's argument was dropped (the set was made empty, in O(1)): it was linear.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        List<Integer> list = new ArrayList<>();
        int distinctPrefixes = 0;
        for (int i = 0; i < n; i++) {
            list.add(sc.nextInt());
            Set<Integer> set = new HashSet<>(list);
            if (set.size() == list.size()) distinctPrefixes++;
        }
        System.out.println(distinctPrefixes);
    }
}
