# The repr of a builtin type, called directly or through super() in a subclass.
class MyInt(int):
    def __repr__(self):
        return "MyInt(" + super().__repr__() + ")"
class D(dict):
    def __repr__(self):
        return "D" + super().__repr__()
class L(list):
    def __str__(self):
        return "L" + super().__str__()
class S(str):
    def __repr__(self):
        return "S" + super().__repr__()
print(repr(MyInt(5)), repr(D(a=1)), str(L([1])), repr(S("x")))
print(int.__repr__(5), dict.__repr__({1: 2}), float.__repr__(1.5), str.__repr__("a"), list.__repr__([1]), tuple.__repr__((1,)))
print(int.__str__(7), object.__repr__ is not None)
