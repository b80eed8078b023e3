# The builtin concatenation methods (str.__add__...) never defer to the
# other operand's __radd__; an inherited reflected method waits for the
# left operand's __add__, while an overriding one goes first.
import operator


class R:
    def __radd__(self, other):
        return "r"


for f, args in [
    (str.__add__, ("a", R())),
    (str.__add__, ("a", 1)),
    (str.__add__, ("a", "b")),
    (list.__add__, ([1], R())),
    (tuple.__add__, ((1,), R())),
    (bytes.__add__, (b"x", R())),
    (bytearray.__add__, (bytearray(b"x"), 1)),
    (list.__add__, ([1], (2,))),
    (str.__add__, ("a", b"b")),
]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)


class ReflectedSequence(str):
    calls = 0

    def __radd__(self, other):
        self.calls += 1
        return NotImplemented


class AddOverride(ReflectedSequence):
    def __add__(self, other):
        return "overridden"


class RaddOverride(ReflectedSequence):
    def __radd__(self, other):
        self.calls += 1
        return "radd first"


other = AddOverride("a")
print(operator.add(ReflectedSequence("a"), other), other.calls)
print(ReflectedSequence("a") + other, other.calls)
del AddOverride.__add__
other = AddOverride("a")
print(operator.add(ReflectedSequence("a"), other), other.calls)
other = RaddOverride("b")
print(ReflectedSequence("a") + other, other.calls)
