// expect time=nlogn
import java.io.*;
import java.util.*;
public class ReaderAnyName {
    // l() and i() read one number each: token readers whatever their names (parameterless, return
    // what they read, print nothing, nest no loop), O(1) per token. Reading n numbers is linear and
    // the sort makes the whole n log n (l()'s digit loop counted n per call made it n^2).
    static InputStream is = System.in;
    static byte[] buf = new byte[1 << 16];
    static int len = 0, ptr = 0;
    static int readByte() throws IOException {
        if (ptr == len) {
            len = is.read(buf);
            ptr = 0;
            if (len <= 0) return -1;
        }
        return buf[ptr++];
    }
    static long l() throws IOException {
        long num = 0;
        int b;
        while ((b = readByte()) != -1 && !(b >= '0' && b <= '9')) ;
        while (true) {
            if (b >= '0' && b <= '9') {
                num = num * 10 + (b - '0');
            } else {
                return num;
            }
            b = readByte();
        }
    }
    static int i() throws IOException { return (int) l(); }
    public static void main(String[] args) throws IOException {
        int n = i();
        long[] a = new long[n];
        for (int k = 0; k < n; k++) a[k] = l();
        Arrays.sort(a);
        long best = Long.MAX_VALUE;
        for (int k = 1; k < n; k++) best = Math.min(best, a[k] - a[k - 1]);
        System.out.println(best);
    }
}
