// expect time=linear
import java.io.*;
public class BuilderAsCharStack {
    // The smallest subsequence kept with a monotonic stack held in a StringBuilder: the inner while
    // pops by sb.setLength(sb.length() - 1), so every character is pushed and popped at most once
    // and the pass is linear. setLength was a call of an unknown method, the while loop's bound
    // unknown: it was quadratic. setLength(0) empties the builder, as clear() does.
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String s = br.readLine().trim();
        StringBuilder stack = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            while (stack.length() > 0 && stack.charAt(stack.length() - 1) > c) {
                stack.setLength(stack.length() - 1);
            }
            stack.append(c);
        }
        String answer = stack.toString();
        stack.setLength(0);
        System.out.println(answer);
    }
}
