# @dataclass writes __init__, __repr__ and __eq__ from the annotations.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p == (1, 2))
print(Point.__match_args__, Point.__hash__)
p.x = 10
print(p, repr(p))
