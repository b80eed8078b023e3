class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def describe(self):
        return "area=" + str(self.area()) + " perim=" + str(self.perimeter())

print(Rect(3, 4).describe())
print(Rect(1, 1).describe())
