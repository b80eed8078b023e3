# Metaclass properties and __setattr__, slots, descriptors, init_subclass, exceptions, generators, operators.
class Meta(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)
class A(metaclass=Meta):
    pass
print(A.upper_name)
A.x = 1
print(A.x)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slots()
try:
    s.c = 2
except AttributeError as e:
    print(e)
print(hasattr(s, "b"))
class WithGetattr:
    def __getattr__(self, name):
        return name * 2
print(WithGetattr().ab)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return 42 if obj is not None else self
class Host:
    d = Desc()
print(Host().d, Host.d.name)
print(type("Dyn", (object,), {"v": 5})().v)
class Base:
    def __init_subclass__(cls, tag="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="kid"):
    pass
print(Child.tag)
import sys
def f():
    raise ValueError("inner")
try:
    try:
        f()
    except ValueError as e:
        raise KeyError("outer") from e
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
e = ValueError("x")
e.add_note = None
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(5)
except MyErr as err:
    print(err, err.code, err.args)
def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g), g.send("hello"))
g.close()
print([x for x in range(10) if x % 3 == 0], {x: x * x for x in range(3)}, {c for c in "aab"})
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: -kv[1]))
nums = [3, 1, 2]
nums.sort(reverse=True)
print(nums, sum(n for n in nums), list(map(str, nums)), list(filter(None, [0, 1, "", "a"])))
print(vars(Child).get("tag"), Child.__name__, Child.__qualname__, Child.__mro__[1].__name__)
print(getattr(Child, "missing", "default"), callable(Child), id(Child) == id(Child))
class Number:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Number(self.v + (o.v if isinstance(o, Number) else o))
    __radd__ = __add__
    def __repr__(self): return f"Number({self.v})"
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, Number) and self.v == o.v
    __hash__ = None
print(sum([Number(1), Number(2)], Number(0)), 5 + Number(1), sorted([Number(3), Number(1)]), max(Number(1), Number(9)))
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
