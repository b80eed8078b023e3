class Shape:
    pass

class Circle(Shape):
    def __init__(self, r):
        self.r = r

shapes = [Circle(1), Shape(), Circle(2)]
print([type(s).__name__ for s in shapes])
print(sum(1 for s in shapes if isinstance(s, Circle)))
print(all(isinstance(s, Shape) for s in shapes))
