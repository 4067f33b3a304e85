// expect time=linear
import java.util.*;
public class CappedQueue {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        PriorityQueue<Long> pq = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            long x = sc.nextLong();
            pq.add(x);
            if (pq.size() > 3) pq.poll();
        }
        long s = 0;
        while (!pq.isEmpty()) s += pq.poll();
        System.out.println(s);
    }
}
