def show(**kw):
    return sorted(kw.items())

print(show())
print(show(a=1, b=2))
opts = {"x": 1, "y": 2}
print(show(**opts, z=3))
print(show(**{"k": "v"}, **{"m": "n"}))
