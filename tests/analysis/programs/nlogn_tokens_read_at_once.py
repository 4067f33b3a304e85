# expect time=nlogn
# The whole input is read at once and split into tokens; each test case takes its own tokens
# through an advancing cursor. Taking the next tokens is reading the input, so the loop over the
# cases is a test-case loop, not n passes over shared data.
import sys

data = sys.stdin.read().split()
t = int(data[0])
idx = 1
out = []
for _ in range(t):
    n = int(data[idx])
    idx += 1
    a = sorted(map(int, data[idx:idx + n]))
    idx += n
    out.append(str(a[-1] - a[0]))
print("\n".join(out))
