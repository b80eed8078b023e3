class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

print(Sq(3).area())
try:
    Shape().area()
except NotImplementedError as e:
    print("error:", e)
