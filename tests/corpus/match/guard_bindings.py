# A failed guard leaves the pattern's captures bound, as in CPython.
def f(x):
    match x:
        case [a, b] if a > b:
            return "desc"
        case _:
            pass
    return f"fell through with a={a} b={b}"

print(f([1, 2]))
print(f([3, 1]))

match (10, 20):
    case (p, q) if p > q:
        print("no")
    case _:
        print("after guard:", p, q)
