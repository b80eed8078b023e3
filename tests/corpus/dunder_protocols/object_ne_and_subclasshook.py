# object.__ne__ asks only the object's own __eq__; object.__subclasshook__ has no opinion.
class P:
    pass
a, b = P(), P()
print(a.__ne__(b), a.__ne__(a), a != b, a != a, object.__subclasshook__(P))
class Q:
    def __eq__(self, o):
        return "yes"
print(Q().__ne__(1), Q() != 1)
class R(P):
    def __eq__(self, o):
        return NotImplemented
print(R().__ne__(2), R() != 2)
