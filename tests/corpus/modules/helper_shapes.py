PI = 3.14159

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return PI * self.r * self.r

class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

def total_area(shapes):
    return sum(s.area() for s in shapes)

_private_helper = "hidden from star import"
