// expect time=logn
import java.util.*;
public class BinarySearch {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        long n = sc.nextLong();
        long lo = 0, hi = n;
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            if (mid * mid < n) lo = mid + 1; else hi = mid;
        }
        System.out.println(lo);
    }
}
