def f(a, b, c, d):
    return [a, b, c, d]

print(f(1, *[2, 3], 4))
print(f(*"ab", *(3, 4)))
print(f(1, 2, **{"c": 3, "d": 4}))
print(f(*[1], b=2, **{"d": 4}, c=3))
args = (1, 2)
kwargs = {"d": 0, "c": 9}
print(f(*args, **kwargs))
