# A diamond: super() follows the MRO of the object, not the class's base.

class Base:
    def hello(self):
        return ["Base"]


class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()


class Both(Left, Right):
    def hello(self):
        return ["Both"] + super().hello()


print([c.__name__ for c in Both.__mro__])
print(Both().hello())
print(Left().hello())

try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
