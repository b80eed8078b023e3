# Classes: inheritance, super(), a property and a few dunder methods.

class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return "%s with %d sides, area %s" % (self.name, self.sides, self.area)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)


class Rect(Shape):
    sides = 4

    def __init__(self, width, height):
        super().__init__("rect")
        self.width = width
        self.height = height

    @property
    def area(self):
        return self.width * self.height

    def __eq__(self, other):
        return self.area == other.area

    def __add__(self, other):
        return Rect(self.width + other.width, self.height)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


r = Rect(2, 8)
s = Square(4)
print(r, s)
print(r.describe())
print(s.describe())
print(r == s, (r + s).area)
print([c.__name__ for c in Square.__mro__])

# Where attributes live: the instance's dict, then the classes in MRO order.
print(sorted(s.__dict__))
print("sides" in s.__dict__, "sides" in Square.__dict__, "sides" in Rect.__dict__)
s.sides = 5
print(s.sides, Square.sides, Shape.sides)
del s.sides
print(s.sides)
try:
    s.area = 100
except AttributeError as e:
    print("AttributeError:", e)
