// expect time=quadratic
import java.util.*;
// s.concat(t) is s + t: a new string that copies s. Rebuilding the answer with it once per item
// copies up to n characters n times, as s = s + c does (StringConcatInLoop.java). It was an
// unknown method of O(1).
public class StringConcatMethodInLoop {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        String answer = "";
        for (int i = 0; i < n; i++) {
            int x = sc.nextInt();
            answer = answer.concat(x % 2 == 0 ? "E" : "O");
        }
        System.out.println(answer);
    }
}
