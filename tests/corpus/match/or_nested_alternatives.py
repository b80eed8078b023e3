def f(x):
    match x:
        case [a, (b, c) | (c, b, _), {"k": d} | [d, _]] if a:
            return ("A", a, b, c, d)
        case [a, [b, c, d] | (d, c, b) | {"x": b, "y": c, "z": d}]:
            return ("B", a, b, c, d)
        case {"a": [1, *r] | (2, *r) as q, **kw}:
            return ("C", r, q, kw)
        case [*_, (1 | 2) as z, _] | [z]:
            return ("D", z)
        case str(s) | bytes(s):
            return ("E", s)
    return None
tests = [
    [1, (2, 3), {"k": 4}], [1, (2, 3, 0), [5, 6]], [0, (2, 3), {"k": 4}],
    [9, [1, 2, 3]], [9, (1, 2, 3)], [9, {"x": 1, "y": 2, "z": 3}],
    {"a": [1, 2, 3], "b": 0}, {"a": (2,)}, {"a": (3,)},
    [5, 6, 1, 7], [8], "s", b"b", [1, 2, 3, 4, 5],
]
for t in tests:
    print(t, f(t))
def g(x):
    match x:
        case (1, y) | (y, 1):
            pass
        case _:
            pass
    try:
        return y
    except NameError as e:
        return "unbound"
print(g((1, 2)), g((3, 1)), g((4, 4)))
def h(x):
    match x:
        case [a, b, 3]:
            pass
        case _:
            pass
    try:
        return a, b
    except NameError:
        return "unbound"
print(h([1, 2, 4]), h([1, 2, 3]))
