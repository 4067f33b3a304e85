// expect time=nlogn
import java.util.*;
public class TreeMapOfWords {
    // Near miss of TreeMapOfCharacters.java: the keys are words read from the input, as many
    // distinct ones as there are words, so the sorted map grows with the input and each put is
    // log n: n log n.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        TreeMap<String, Integer> count = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String w = sc.next();
            count.put(w, count.getOrDefault(w, 0) + 1);
        }
        System.out.println(count.firstKey() + " " + count.size());
    }
}
