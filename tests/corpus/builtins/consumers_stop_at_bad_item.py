# Consumers take an iterator's items one at a time, as CPython does: a bad item stops them before later items are made.
def g(items):
    for x in items:
        print("giving", x)
        yield x
print(any(g([0, 1, 2])))
print(all(g([1, 0, 2])))
print(next(filter(None, g([0, 5, 6]))))
print(max(g([1, 2])), min(g([3, 1])))
import math
try:
    math.fsum(g([1.0, "x", 2.0]))
except TypeError as e:
    print("TypeError:", e)
try:
    math.prod(g([2, "a", 3, 4]))
except TypeError as e:
    print("TypeError:", e)
try:
    max(g([1, "a", 3]))
except TypeError as e:
    print("TypeError:", e)
d = {}
try:
    d.update(g([("a", 1), 5, ("b", 2)]))
except TypeError as e:
    print("TypeError:", e, d)
lst = []
try:
    lst.extend(g([1, 2]))
except TypeError:
    pass
print(lst, dict(g([("k", 1)])), "".join(g(["a", "b"])))
