# When a builtin subclass's own operator method returns NotImplemented,
# its builtin operation is gone on that side: a str, list or tuple
# subclass then cannot concatenate or repeat, while a number's operation
# can still come from the right operand.
class Declines(str):
    def __add__(self, other):
        return NotImplemented
    def __mul__(self, other):
        return NotImplemented


class DeclinesInt(int):
    def __add__(self, other):
        return NotImplemented


class DeclinesList(list):
    def __add__(self, other):
        return NotImplemented


class Plain(str):
    pass


class RAdd(int):
    def __radd__(self, other):
        return NotImplemented


def attempt(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("Declines + str", lambda: Declines("a") + "b")
attempt("str + Declines", lambda: "b" + Declines("a"))
attempt("Declines * 2", lambda: Declines("a") * 2)
attempt("DeclinesInt + 2", lambda: DeclinesInt(1) + 2)
attempt("2 + DeclinesInt", lambda: 2 + DeclinesInt(1))
attempt("DeclinesInt + 2.5", lambda: DeclinesInt(1) + 2.5)
attempt("DeclinesList + list", lambda: DeclinesList([1]) + [2])
attempt("Plain + str", lambda: Plain("x") + "y")
attempt("str + Plain", lambda: "y" + Plain("x"))
attempt("1 + RAdd", lambda: 1 + RAdd(2))
attempt("RAdd + 1", lambda: RAdd(2) + 1)
s = Declines("q")
try:
    s += "r"
except TypeError as e:
    print("+= TypeError:", e)
