# The alternatives bind the same names in different orders.
def f(x):
    match x:
        case (a, b, "ab") | (b, a, "ba"):
            return (a, b)
        case [*_, (c, d)] | {"c": c, "d": d}:
            return (c, d)
    return None

print(f((1, 2, "ab")))
print(f((1, 2, "ba")))
print(f([0, 0, (3, 4)]))
print(f({"d": 6, "c": 5}))
print(f("none"))
