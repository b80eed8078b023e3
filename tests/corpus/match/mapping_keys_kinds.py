class K:
    NAME = "name"

def f(x):
    match x:
        case {0: zero, -1: minus, 2.5: f, True: t}:
            return zero, minus, f, t
        case {K.NAME: n, b"b": bb, None: nn}:
            return n, bb, nn
    return "no"

print(f({0: "z", -1: "m", 2.5: "f", True: "t"}))
print(f({0: "z", -1: "m", 2.5: "f"}))
print(f({"name": "N", b"b": "B", None: "none"}))
