// expect time=quadratic
import java.util.*;
public class FieldsOfAnObject {
    // The grid's size lives in the fields of an object (g.n, g.m) that main sets from the input:
    // the loops over them run n * m times, not over two unknown attributes.
    static class Grid {
        int n, m;
        char[][] c;
    }
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        Grid g = new Grid();
        g.n = sc.nextInt();
        g.m = sc.nextInt();
        g.c = new char[g.n][];
        for (int i = 0; i < g.n; i++) g.c[i] = sc.next().toCharArray();
        int walls = 0;
        for (int i = 0; i < g.n; i++)
            for (int j = 0; j < g.m; j++)
                if (g.c[i][j] == '#') walls++;
        System.out.println(walls);
    }
}
