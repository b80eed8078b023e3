from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2))
x, y = p
print(x + y)
print(p._replace(x=10), p._asdict(), Point._fields)
print(Point._make([5, 6]))
