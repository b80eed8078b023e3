# NamedTuple: class syntax with defaults and methods, and the functional form.
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p.x, p[1])
print(Point(5), Point._fields, Point.__annotations__)
print(p._replace(y=1), p._asdict())
print(isinstance(p, tuple), [c.__name__ for c in Point.__mro__])

Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("Ann", 3), Employee.__annotations__)
Color = NamedTuple("Color", r=int, g=int, b=int)
print(Color(1, 2, 3))
x, y = p
print(x, y)
