// expect time=constant
import java.io.*;
import java.util.*;

// The numbers just below one read from the input, walked downwards and clamped at 1: at most 201
// values (a width the program writes) whatever n is. Walked down, the range's ends come in the other
// order with the clamp moved by one, range(n, max(1, n - 200) - 1, -1); it was read as n values.
public class WindowBelowReadNumber {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        long n = Long.parseLong(br.readLine().trim());
        long best = -1;
        for (long x = n; x >= Math.max(1, n - 200); x--) {
            if (x % 3 == 0 && x % 7 == 0) {
                best = x;
                break;
            }
        }
        System.out.println(best);
    }
}
