def g():
    yield 1
    return 99

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value", e.value)
