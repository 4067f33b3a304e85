# expect time=nlogn
# A fast-input template wraps sys.stdin in classes with readline methods of their own; the solution
# then calls sys.stdin.readline() (and stdin.readline()) directly. Those calls still read a line of
# the input -- n comes from it -- not run the template's method as the program's own code.
import os
import sys
from sys import stdin
from io import BytesIO, IOBase
BUFSIZE = 8192
class FastIO(IOBase):
    newlines = 0
    def __init__(self, file):
        self._fd = file.fileno()
        self.buffer = BytesIO()
        self.writable = "x" in file.mode or "r" not in file.mode
        self.write = self.buffer.write if self.writable else None
    def readline(self):
        while self.newlines == 0:
            b = os.read(self._fd, max(os.fstat(self._fd).st_size, BUFSIZE))
            self.newlines = b.count(b"\n") + (not b)
            ptr = self.buffer.tell()
            self.buffer.seek(0, 2), self.buffer.write(b), self.buffer.seek(ptr)
        self.newlines -= 1
        return self.buffer.readline()
class IOWrapper(IOBase):
    def __init__(self, file):
        self.buffer = FastIO(file)
        self.readline = lambda: self.buffer.readline().decode("ascii")
sys.stdin = IOWrapper(sys.stdin)
def main():
    n = int(sys.stdin.readline())
    segs = []
    for _ in range(n):
        l, r = map(int, stdin.readline().split())
        segs.append((r, l))
    segs.sort()
    end, cnt = -1, 0
    for r, l in segs:
        if l > end:
            cnt += 1
            end = r
    print(cnt)
main()
