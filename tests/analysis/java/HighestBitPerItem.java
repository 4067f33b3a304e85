// expect time=linear
import java.util.*;
public class HighestBitPerItem {
    // 31 - Integer.numberOfLeadingZeros(x) for each of n items: one instruction per item, a linear
    // program (the guard of BitLengthByLeadingZeros.java: lowering the call as n's bit length must
    // not make each call cost log n).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] count = new int[32];
        for (int i = 0; i < n; i++) {
            int x = sc.nextInt();
            if (x > 0) count[31 - Integer.numberOfLeadingZeros(x)]++;
        }
        long pairs = 0;
        for (int b = 0; b < 32; b++) pairs += (long) count[b] * (count[b] - 1) / 2;
        System.out.println(pairs);
    }
}
