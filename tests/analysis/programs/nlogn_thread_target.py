# expect time=nlogn
# The solution runs in a thread started with a larger stack (a common template for deep
# recursion): threading.Thread(target=main) runs main, so main's sort is the program's cost.
import sys
import threading


def main():
    n = int(input())
    a = list(map(int, input().split()))
    a.sort()
    print(sum(a[i] * i for i in range(n)))


sys.setrecursionlimit(1 << 25)
threading.stack_size(1 << 27)
t = threading.Thread(target=main)
t.start()
t.join()
