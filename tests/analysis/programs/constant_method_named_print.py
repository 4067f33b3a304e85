# expect time=constant
# A method may share its name with a builtin: inside `def print(self)`, print(...) is the builtin,
# and a method recurses only through its object (self.show()), so nothing here recurses.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def print(self):
        print(self.x, self.y)


class Segment:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def print(self):
        self.a.print()
        self.b.print()


x1, y1, x2, y2 = map(int, input().split())
s = Segment(Point(x1, y1), Point(x2, y2))
s.print()
print(abs(x1 - x2) + abs(y1 - y2))
