# A small class hierarchy, to read its bytecode.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class Labeled(Point):
    def __init__(self, label, x, y):
        super().__init__(x, y)
        self.label = label

    def show(self):
        return "%s at (%d, %d)" % (self.label, self.x, self.y)


p = Labeled("A", 1, 2)
q = p + Point(10, 20)
print(p.show(), q.x, q.y, type(q).__name__)
