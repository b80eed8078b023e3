class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def f(p):
    match p:
        case Point3(0, 0, z):
            return f"above origin {z}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x axis {x}"
        case Point(x, y=5):
            return f"y is five, x {x}"
        case Point(a, b):
            return f"point {a} {b}"

for p in [Point(0, 0), Point(4, 0), Point(2, 5), Point(1, 2), Point3(0, 0, 9), Point3(1, 2, 3)]:
    print(f(p))
