// expect time=nlogn
import java.util.*;
import java.util.stream.*;
public class StreamPipeline {
    // A stream pipeline costs what its operations cost: filter and map pass once, sorted() sorts
    // (n log n), collect() copies; the array read with mapToInt(...).toArray() has the line's size.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        in.nextLine();
        int[] a = Arrays.stream(in.nextLine().trim().split(" ")).mapToInt(Integer::parseInt).toArray();
        List<Integer> xs = new ArrayList<>();
        for (int x : a) xs.add(x);
        List<Integer> pos = xs.stream().filter(x -> x > 0).sorted().collect(Collectors.toList());
        long sum = pos.stream().mapToLong(Integer::longValue).sum();
        System.out.println(pos.size() + " " + sum);
    }
}
