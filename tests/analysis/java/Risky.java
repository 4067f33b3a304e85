// expect time=constant risks=file_deletion,network,system_command
import java.io.*;
import java.net.*;
public class Risky {
    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().exec("ls");
        new File("x.txt").delete();
        Socket s = new Socket("example.org", 80);
        s.close();
    }
}
