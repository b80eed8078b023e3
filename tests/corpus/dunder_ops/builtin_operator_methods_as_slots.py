# The builtin types' operator dunders can be called by name, and through
# super() in a subclass; an operand the type does not handle gives
# NotImplemented. (Calling one with a receiver of another type, as in
# int.__add__('one', 1), is not checked yet.)
print(int.__add__(2, 3), (7).__rsub__(10), (2).__pow__(10, 1000), (7).__divmod__(2))
print((1.5).__mul__(2), (3).__truediv__(2), (5).__lt__(7.5), (2.5).__lt__(3))
print("ab".__add__("cd"), [1].__mul__(2), (1, 2).__lt__((1, 3)), {1, 2}.__and__({2}))
print((3).__neg__(), (-2.5).__abs__(), (6).__invert__(), "x%dy".__mod__(4))


class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))

    def __repr__(self):
        return f"Money({int(self)})"


class Loud(str):
    def __add__(self, other):
        return Loud(super().__add__(other).upper())


print(Money(5) + 7, Money(1) + Money(2), -Money(3), abs(Money(-4)))
print(Loud("quiet") + " words", type(Loud("a") + "b").__name__)
try:
    [1].__add__((2,))
except TypeError as e:
    print("TypeError:", e)
