def make(x):
    match x:
        case [a, *rest]:
            return lambda: (a, rest)
        case {"k": v}:
            def inner():
                return v
            return inner
    return None

print(make([1, 2, 3])())
print(make({"k": "value"})())
print(make(5))
