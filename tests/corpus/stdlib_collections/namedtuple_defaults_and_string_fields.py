from collections import namedtuple
Car = namedtuple("Car", "make model year", defaults=[2020])
c = Car("vw", "golf")
print(c, c.year)
print(Car("a", "b", 1999))
print(isinstance(c, tuple), len(c))
