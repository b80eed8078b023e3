def bad():
    yield "first"
    next(iter([]))

for x in bad():
    print(x)
