// expect time=linear
import java.io.*;
public class WordsOfOneLineWalked {
    // The words of one line (br.readLine().split(" ")) walked character by character through
    // toCharArray(): the words share the line's length out between them, so the inner walks add up
    // to the line once. It was read as the number of words times the line: quadratic.
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String[] words = br.readLine().trim().split(" ");
        int vowels = 0;
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            for (char c : w.toCharArray()) if ("aeiou".indexOf(c) >= 0) vowels++;
            initials.append(Character.toUpperCase(w.charAt(0)));
        }
        System.out.println(vowels + " " + initials);
    }
}
