def two(a, b):
    return a + b
def none_():
    return 0
def three(a, b, c):
    return 0
def f_default(a, b=1):
    return a
tests = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: none_(1),
    lambda: three(),
    lambda: three(1),
    lambda: f_default(),
    lambda: f_default(1, 2, 3),
    lambda: two(1, b=2, c=3),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
