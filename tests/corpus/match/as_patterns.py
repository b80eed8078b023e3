def f(x):
    match x:
        case (1 | 2) as small:
            return f"small {small}"
        case [int() as a, str() as b] as whole:
            return f"pair {a} {b} {whole}"
        case {"k": (1 | 2 | 3) as v}:
            return f"key {v}"
        case _:
            return "no"

print(f(1))
print(f(2))
print(f([7, "x"]))
print(f({"k": 3}))
print(f({"k": 4}))
print(f([7, 8]))
