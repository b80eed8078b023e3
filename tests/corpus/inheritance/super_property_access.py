class Base:
    def __init__(self):
        self.log = []
    def record(self, x):
        self.log.append("base:" + x)

class Child(Base):
    def record(self, x):
        self.log.append("child:" + x)
        super().record(x.upper())

c = Child()
c.record("a")
c.record("b")
print(c.log)
