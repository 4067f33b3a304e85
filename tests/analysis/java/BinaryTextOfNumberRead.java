// expect time=logn
import java.util.*;
public class BinaryTextOfNumberRead {
    // The binary text of a number read from the input has log n digits, wherever the read stands:
    // Long.toBinaryString(sc.nextLong()) is no line of the input.
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        String b = Long.toBinaryString(sc.nextLong());
        int ones = 0;
        for (int i = 0; i < b.length(); i++) if (b.charAt(i) == '1') ones++;
        System.out.println(ones);
    }
}
