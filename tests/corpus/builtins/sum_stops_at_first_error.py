# sum() takes items one at a time: a bad item stops it before the rest are made.
def g():
    for x in [1, 2, "three", 4]:
        print("giving", x)
        yield x
try:
    print(sum(g()))
except TypeError as e:
    print("TypeError:", e)
def h():
    yield 1.5
    print("after first")
    yield 2
    raise ValueError("stop")
try:
    sum(h())
except ValueError as e:
    print("ValueError:", e)
print(sum(x % 11 for x in range(1000)), sum([0.1] * 10), sum(range(5), 10), sum([[1], [2]], []))
