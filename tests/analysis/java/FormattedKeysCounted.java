// expect time=linear
import java.util.*;
// String.format makes a text and prints nothing: the loop reads n times and adds a key per pass to
// one set, a loop over items. Lowered as a print, the format made each pass read and print, an
// independent test case, and the program constant.
public class FormattedKeysCounted {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int h = sc.nextInt(), m = sc.nextInt();
            String key = String.format("%02d:%02d", h, m);
            seen.add(key);
        }
        System.out.println(seen.size());
    }
}
