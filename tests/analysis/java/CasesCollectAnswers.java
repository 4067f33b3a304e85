// expect time=linear
import java.util.*;
public class CasesCollectAnswers {
    // Each test case reads its own n numbers and adds its answer to a list printed after the loop:
    // one case per pass of while (t-- > 0), as when each case prints its answer; linear in the input.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int t = sc.nextInt();
        List<Long> answers = new ArrayList<>();
        while (t-- > 0) {
            int n = sc.nextInt();
            long s = 0;
            for (int i = 0; i < n; i++) s += sc.nextLong();
            answers.add(s);
        }
        for (long x : answers) System.out.println(x);
    }
}
