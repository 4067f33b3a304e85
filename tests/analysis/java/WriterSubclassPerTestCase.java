// expect time=linear
import java.io.*;
import java.util.*;
// A reader-and-writer template that extends PrintWriter (its constructor hands System.out to super):
// io.println is PrintWriter's output, so the loop over t test cases, each printing its answer, is a
// test-case loop whose cases share the input. Read as a user object's method, the loop was n cases
// around a pass over n numbers (quadratic).
public class WriterSubclassPerTestCase {
    static class Io extends PrintWriter {
        private final InputStream in = System.in;
        private final byte[] bytes = new byte[1 << 16];
        private int at, filled;
        Io() { super(new BufferedOutputStream(System.out)); }
        private int nextByte() throws IOException {
            if (at == filled) {
                filled = in.read(bytes, 0, bytes.length);
                at = 0;
                if (filled <= 0) return -1;
            }
            return bytes[at++];
        }
        int nextInt() throws IOException {
            int c = nextByte();
            while (c == ' ' || c == '\n' || c == '\r') c = nextByte();
            int v = 0;
            while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = nextByte(); }
            return v;
        }
    }
    public static void main(String[] args) throws IOException {
        Io io = new Io();
        int cases = io.nextInt();
        for (int k = 1; k <= cases; k++) {
            int n = io.nextInt();
            long odd = 0;
            for (int i = 0; i < n; i++) if (io.nextInt() % 2 == 1) odd++;
            io.println("Case " + k + ": " + odd);
        }
        io.close();
    }
}
