# str(x) hands back the very str-subclass object that x's __str__ (or,
# without one, __repr__) returns; a str subclass instance itself becomes a
# plain str; a non-string result is a TypeError, the method called once.
class Tagged(str):
    pass


class WithStr:
    calls = 0

    def __init__(self, value):
        self.value = value

    def __str__(self):
        WithStr.calls += 1
        return self.value


class WithRepr:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return self.value


t = Tagged("abc")
print(str(WithStr(t)) is t, type(str(WithStr(t))).__name__)
r = Tagged("<abc>")
print(str(WithRepr(r)) is r, type(str(WithRepr(r))).__name__)
print(type(str(t)).__name__, str(t) == t)
print(str(WithStr("plain")), f"{WithStr(t)}", "%s" % WithStr(t))
for bad in (WithStr(5), WithRepr(5)):
    try:
        str(bad)
    except TypeError as e:
        print("TypeError:", e)
print(WithStr.calls)
