# The operator methods of builtin types can be called by name, and super() reaches them.
print((5).__add__(3), (5).__add__(1.5), (1.5).__add__(2), (5).__radd__(1), (7).__rsub__(10))
print((5).__mul__("ab"), "ab".__mul__(3), "ab".__rmul__(2), [1].__add__([2]))
print(True.__or__(False), True.__and__(1), (5).__lt__(3), (5).__lt__(7.5), (2.5).__lt__(3))
print({1:2}.__or__({3:4}), {1:2}.__or__(5), {1}.__or__({2}), {1,2}.__sub__({2}), {1}.__rsub__({1,3}))
print((7).__divmod__(2), (7).__rdivmod__(20), (2).__pow__(10, 1000), (2).__rpow__(3))
print((-5).__neg__(), (-5).__abs__(), (5).__invert__(), (2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (3).__float__(), (0).__bool__())
class MyInt(int):
    def __add__(self, o):
        return MyInt(super().__add__(o) * 10)
    def __neg__(self):
        return super().__neg__() * 100
print(MyInt(2) + 3, -MyInt(2), abs(MyInt(-4)), MyInt(3) * 2)
class MyList(list):
    def __add__(self, o):
        return MyList(super().__add__(o))
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
l = MyList([1, 2])
print(l + [3], l[1], type(l + [3]).__name__, l.__iadd__([9]), l)
s = {1, 2}
print(s.__ior__({3}), s.__iand__({1, 3}), s.__iand__([1]))
d = {1: 2}
print(d.__ior__([(3, 4)]), d)
print(range(5).__len__(), range(5).__getitem__(2), range(5).__contains__(3), list(range(3).__iter__()))
print(object().__lt__(object()), "a".__lt__("b"), [1].__lt__([2]), (1,).__ge__((0,)), "a".__lt__(1))
print("%s-%d".__mod__(("x", 3)), "abc".__getitem__(1), list("ab".__iter__()))
x = [1, 2, 3]; x.__delitem__(0); print(x)
class S(str):
    def __mod__(self, o):
        return "S" + super().__mod__(o)
print(S("%d") % 5)
print(sorted([3,1,2], key=int.__neg__))
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
