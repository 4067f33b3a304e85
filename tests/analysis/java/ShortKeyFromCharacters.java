// expect time=linear
import java.util.*;
public class ShortKeyFromCharacters {
    // For each word, a key of three characters built by String concatenation (key = key +
    // w.charAt(k)) in a loop of three passes, set afresh for every word: each copy is at most three
    // characters long. A character of a text was taken to be as long as the text (an item of a
    // collection read from the input is an input size), so each copy cost the word's length and the
    // program read quadratic.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        Map<String, Integer> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String w = sc.next();
            String key = "";
            for (int k = 0; k < 3; k++) key = key + w.charAt(k % w.length());
            groups.merge(key, 1, Integer::sum);
        }
        System.out.println(groups.size());
    }
}
