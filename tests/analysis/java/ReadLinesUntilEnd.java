// expect time=linear
import java.io.*;
public class ReadLinesUntilEnd {
    // while ((line = br.readLine()) != null) reads one line per pass until the input ends: as many
    // passes as the input has lines, not a loop of unknown constant length.
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String line;
        long total = 0;
        while ((line = br.readLine()) != null) {
            line = line.trim();
            if (line.isEmpty()) continue;
            total += Long.parseLong(line);
        }
        System.out.println(total);
    }
}
