// expect time=quadratic space=linear
import java.util.*;
public class StringConcatInLoop {
    // A Java String is never extended in place: `s += c` builds a new string and copies s, so n
    // appends cost 1 + 2 + ... + n, n^2 (it was lowered as Python's `s += c`, which CPython extends
    // in place, and the text kept the size of its first value, "": linear time, constant space).
    // A StringBuilder is the linear way (BuilderAppends in the same program costs n).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        String s = "";
        for (int i = 0; i < n; i++) {
            s += (char) ('a' + i % 26);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(s.charAt(i));
        System.out.println(s.length() + " " + sb.length());
    }
}
