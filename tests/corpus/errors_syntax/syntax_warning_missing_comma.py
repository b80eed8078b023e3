# Calling or subscripting a literal: CPython warns at compile time (a forgotten comma?).
for f in [lambda: "abc"(1), lambda: (1, 2)(3), lambda: 5(), lambda: [1][0](), lambda: {1: 2}[1], lambda: 3[0], lambda: "ab"[0], lambda: (1, 2)[0], lambda: 1.5[0], lambda: None(), lambda: [1, 2]["a"], lambda: (1, 2)[1.5], lambda: "ab"[None], lambda: {1, 2}[0], lambda: [x for x in "ab"](1), lambda: f"x"(), lambda: (lambda: 1)(), lambda: [1, 2][True]]:
    try:
        print(f())
    except TypeError as e:
        print(e)
pairs = [(1, 2), (3, 4)]
try:
    print([(1, 2) (3, 4)])
except TypeError as e:
    print(e)
