// expect time=linear
import java.util.*;
public class HeapCappedAtThree {
    // The third largest of n numbers with a heap that never holds more than four: each add is
    // followed by `if (pq.size() > 3) pq.poll()`, so every add and poll is O(1) and the program
    // linear (it was n log n, the heap taken for one of n items).
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        PriorityQueue<Long> pq = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            pq.add(sc.nextLong());
            if (pq.size() > 3) pq.poll();
        }
        System.out.println(pq.peek());
    }
}
