# X.__new__(S) checks its argument as CPython does: S must be a type and a
# subclass of X, and X must make S's builtin part the way S needs it.
class E(ValueError):
    pass


class WithNew(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)


class Plain:
    def __new__(cls, *args):
        inst = object.__new__(cls)
        inst.args = args
        return inst


cases = [
    "property.__new__(object)", "int.__new__(str)", "object.__new__(int)",
    "str.__new__(list)", "list.__new__(int)", "dict.__new__(dict)",
    "tuple.__new__(tuple, [1])", "int.__new__(bool)", "ValueError.__new__(int)",
    "object.__new__(ValueError)", "Exception.__new__(ValueError, 1)",
    "object.__new__(E)", "int.__new__(5)", "WithNew(4)", "int.__new__(WithNew, 7)",
    "Plain(1, 2).args", "E.__new__(E, 'x')", "str.__new__(str, 'abc')",
]
for case in cases:
    try:
        print(case, "->", repr(eval(case)))
    except TypeError as e:
        print(case, "TypeError:", e)
