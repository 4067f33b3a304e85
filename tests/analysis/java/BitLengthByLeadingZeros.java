// expect time=logn
import java.util.*;
public class BitLengthByLeadingZeros {
    // 64 - Long.numberOfLeadingZeros(n) is n's bit length: the loop visits n's bits, log n passes
    // (it was lowered as a call returning n itself, and the loop read as linear). The same call once
    // per item of a loop costs O(1) (a guard: HighestBitPerItem.java stays linear).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        int ones = 0;
        for (int i = 0; i < 64 - Long.numberOfLeadingZeros(n); i++) {
            if ((n >> i & 1) == 1) ones++;
        }
        System.out.println(ones);
    }
}
