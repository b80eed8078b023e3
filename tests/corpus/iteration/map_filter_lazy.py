def show(x):
    print("visit", x)
    return x * 2

m = map(show, [1, 2, 3])
print("map built")
print(next(m))
print(list(m))
f = filter(lambda x: x > 1, [0, 1, 2, 3])
print(type(f).__name__, list(f), list(f))
