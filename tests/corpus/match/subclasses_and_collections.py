class D(dict): pass
class I(int): pass
class J(int):
    __match_args__ = ("real", "imag")
class S(str): pass
for v in [D(a=1, b=2), I(5), J(7), S("x")]:
    match v:
        case {"a": a, **rest}:
            print("mapping", a, rest, type(rest).__name__)
        case J(r, i):
            print("J", r, i)
        case int(n):
            print("int", n, type(n).__name__)
        case str(s):
            print("str", s, type(s).__name__)
from collections import ChainMap, UserDict, UserList
for v in [ChainMap({"a": 1}, {"b": 2}), UserDict(a=3), UserList([1, 2])]:
    match v:
        case {"a": a}:
            print("map a", a)
        case [x, y]:
            print("seq", x, y)
match range(3):
    case range(start=s, stop=e):
        print(s, e)
match 3:
    case int(real=r) if r > 2:
        print("real", r)
x = 5
match x:
    case float() | complex():
        print("no")
    case bool():
        print("no")
    case object():
        print("object")
print(type(_).__name__ if '_' in globals() else 'no underscore binding')
