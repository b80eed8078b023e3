class Shape:
    sides = 0
    def describe(self):
        return type(self).__name__ + " has " + str(self.sides) + " sides"

class Triangle(Shape):
    sides = 3

class Square(Shape):
    sides = 4

for s in (Shape(), Triangle(), Square()):
    print(s.describe())
