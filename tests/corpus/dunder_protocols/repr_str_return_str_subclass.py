# __repr__ and __str__ may return an instance of a str subclass.
class Label(str):
    def shout(self):
        return self.upper()


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return Label(f"Point({self.x}, {self.y})")

    def __str__(self):
        return Label(f"({self.x}, {self.y})")


p = Point(1, 2)
print(repr(p))
print(str(p))
print(p)
print([p, p])
print(f"{p!r} and {p}")
print(type(str(p)).__name__ in ("str", "Label"))
