class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def f(shape):
    match shape:
        case {"type": "line", "points": [Point(x1, y1), Point(x2, y2)]}:
            return f"line {x1},{y1} -> {x2},{y2}"
        case {"type": "poly", "points": [Point(0, 0), *others]}:
            return f"polygon from origin with {len(others)} more"
        case {"type": ("circle" | "disc") as t, "r": (int() | float()) as r}:
            return f"{t} r={r}"
    return "unknown"

print(f({"type": "line", "points": [Point(1, 2), Point(3, 4)]}))
print(f({"type": "poly", "points": [Point(0, 0), Point(1, 1), Point(2, 0)]}))
print(f({"type": "disc", "r": 2.5}))
print(f({"type": "circle", "r": "big"}))
