def f(*a):
    return a

print(f(*[]), f(*()), f(*""))
print(f(*(x * x for x in range(4))))
print(f(*{"k": 1, "j": 2}))
print(f(*range(3), *"xy"))
