# expect time=linear
# groupby yields the runs of equal characters; the runs partition the line, so turning every run
# into a list costs one pass over the line in all, not a line per run.
from itertools import groupby

s = input().strip()
print(max(len(list(run)) for _, run in groupby(s)))
