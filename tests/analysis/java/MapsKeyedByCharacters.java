// expect time=linear
import java.util.*;
public class MapsKeyedByCharacters {
    // Maps keyed by the characters of a text hold at most an alphabet of keys: one filled from
    // `for (char c : s.toCharArray())` (the loop variable of a char[] walk was not known to be a
    // character) and one from s.charAt(i) (an item of a text). Sorting the first map's keys and
    // walking the second's keys on every pass over the text are constant work per pass: linear.
    // Both maps were taken to grow with the text: n log n for the sort, quadratic for the walks.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        String s = sc.next();
        Map<Character, Integer> count = new HashMap<>();
        for (char c : s.toCharArray()) count.merge(c, 1, Integer::sum);
        List<Character> letters = new ArrayList<>(count.keySet());
        Collections.sort(letters);
        Map<Character, Integer> last = new HashMap<>();
        for (int i = 0; i < s.length(); i++) last.put(s.charAt(i), i);
        int best = 0;
        for (int i = 0; i < s.length(); i++) {
            int open = 0;
            for (char key : last.keySet()) if (last.get(key) > i) open++;
            best = Math.max(best, open);
        }
        System.out.println(letters.size() + " " + best);
    }
}
