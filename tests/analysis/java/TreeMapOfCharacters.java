// expect time=linear
import java.io.*;
import java.util.*;
public class TreeMapOfCharacters {
    // Letter counts kept in a TreeMap<Character, Integer> (for their sorted output) and the letters
    // seen in a TreeSet<Character>: keys that are characters are at most an alphabet, so every put,
    // add and walk is O(1) and the pass over the text linear. The sorted containers were taken to
    // grow with the text, log n per operation: it was n log n.
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String s = br.readLine().trim();
        TreeMap<Character, Integer> count = new TreeMap<>();
        TreeSet<Character> seen = new TreeSet<>();
        int firstRepeat = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            count.put(c, count.getOrDefault(c, 0) + 1);
            if (!seen.add(c) && firstRepeat < 0) firstRepeat = i;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Character, Integer> e : count.entrySet()) sb.append(e.getKey()).append(e.getValue());
        System.out.println(sb + " " + firstRepeat);
    }
}
