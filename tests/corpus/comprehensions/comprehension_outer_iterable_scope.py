class C:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]

print(C.doubled)
def f():
    xs = range(3)
    return [[x + y for y in xs] for x in xs]
print(f())
