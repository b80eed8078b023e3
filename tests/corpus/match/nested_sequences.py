def f(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [[a, *_], *rest]:
            return f"a={a} rest={rest}"
        case [(x, y), z]:
            return x * y * z
    return None

print(f([[1, 2], [3, 4]]))
print(f([[1, 2, 3], [4]]))
print(f([(2, 3), 4]))
print(f([[5], 6, 7]))
print(f([1, 2]))
