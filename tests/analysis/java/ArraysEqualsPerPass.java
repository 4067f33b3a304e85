// expect time=quadratic
import java.util.*;
// Arrays.equals(a, b) walks both arrays of n items, once per pass: n^2. (Two count tables of 26
// letters compared per pass stay O(1): the comparison costs their fixed length.)
public class ArraysEqualsPerPass {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] a = new int[n], b = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        int[] need = new int[26], have = new int[26];
        int same = 0;
        for (int i = 0; i < n; i++) {
            b[i] = a[i];
            have[a[i] % 26]++;
            if (Arrays.equals(a, b)) same++;
            if (Arrays.equals(need, have)) same++;
        }
        System.out.println(same);
    }
}
