# repr() and ascii() hand back the str-subclass object a __repr__ returns
# (ascii() only when it is all ASCII; otherwise an escaped plain str).
class MyStr(str):
    pass


class Foo:
    def __repr__(self):
        return MyStr("hello")


class Bar:
    def __repr__(self):
        return MyStr("h\u00e9llo")


class Bad:
    def __repr__(self):
        return 42


for f in (repr, ascii):
    for obj in (Foo(), Bar(), "caf\u00e9", [MyStr("x")]):
        r = f(obj)
        print(f.__name__, r, type(r).__name__)
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError:", e)
print(str(Foo()), type(str(Foo())).__name__)


# ascii() escapes the subclass object's own text, not what its __str__ says.
class Loud(str):
    def __str__(self):
        return "LOUD"


class Quiet:
    def __repr__(self):
        return Loud("h\u00e9")


class Plain:
    def __repr__(self):
        return Loud("plain")


print(ascii(Quiet()), ascii(Plain()), type(ascii(Plain())).__name__)
