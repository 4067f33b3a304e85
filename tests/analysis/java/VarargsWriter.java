// expect time=linear
import java.util.*;
import java.io.*;
public class VarargsWriter {
    // print(Object... objects) loops over the arguments of each call (two here): a fixed number,
    // not an array as large as the input, so writing each of the n answers costs O(1).
    static class OutputWriter {
        private final PrintWriter writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        public void print(Object... objects) {
            for (int i = 0; i < objects.length; i++) {
                if (i != 0) writer.print(' ');
                writer.print(objects[i]);
            }
        }
        public void println(Object... objects) {
            print(objects);
            writer.println();
        }
        public void close() { writer.close(); }
    }
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        OutputWriter out = new OutputWriter();
        int n = in.nextInt();
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = in.nextLong();
        for (int i = 0; i < n; i++) out.println(a[i], 2 * a[i]);
        out.close();
    }
}
