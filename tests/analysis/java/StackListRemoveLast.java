// expect time=linear
import java.util.*;
public class StackListRemoveLast {
    // An ArrayList used as a stack: remove(list.size() - 1) takes out the last item, which moves
    // no other item, so the whole pass over the brackets is linear (near miss of
    // JosephusRemoveAtIndex.java, whose removals at a computed position shift the tail).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        String s = sc.next();
        ArrayList<Character> stack = new ArrayList<>();
        int bad = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') stack.add(c);
            else if (stack.isEmpty()) bad++;
            else stack.remove(stack.size() - 1);
        }
        System.out.println(bad + stack.size());
    }
}
