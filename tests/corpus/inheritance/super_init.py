class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        print("Child.__init__", y)
        self.y = y

c = Child(1, 2)
print(c.x, c.y)
