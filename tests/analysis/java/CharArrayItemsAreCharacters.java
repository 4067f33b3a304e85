// expect time=linear
import java.util.*;
public class CharArrayItemsAreCharacters {
    // A char[] read once (in.next().toCharArray()) holds characters: s[i] - 48 is a digit, so the
    // loop it bounds runs at most nine passes, and a map keyed by s[i] holds at most an alphabet of
    // keys, so walking its keys on every pass is constant work. An item of the array was taken to be
    // as large as the input (a value read): it was quadratic.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        char[] s = in.next().toCharArray();
        long stars = 0;
        Map<Character, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < s.length; i++) {
            int d = s[i] - 48;
            for (int j = 0; j < d; j++) stars++;
            firstAt.putIfAbsent(s[i], i);
            for (char c : firstAt.keySet()) if (firstAt.get(c) > i - 3) stars--;
        }
        System.out.println(stars);
    }
}
