# in, set(), dict.fromkeys, frozenset, set.update and Counter stop at the first match or bad item.
def g(items):
    for x in items:
        print("giving", x)
        yield x
print(2 in g([1, 2, 3]))
try:
    set(g([1, [2], 3]))
except TypeError as e:
    print("TypeError:", e)
try:
    dict.fromkeys(g([1, [2], 3]))
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset(g([1, {}, 3]))
except TypeError as e:
    print("TypeError:", e)
s = set()
try:
    s.update(g([1, [2], 3]))
except TypeError as e:
    print("TypeError:", e, s)
import collections
try:
    collections.Counter(g(["a", ["b"], "c"]))
except TypeError as e:
    print("TypeError:", e)
print(list(zip(g([1, 2, 3]), [10])))
try:
    bytes(g([1, 300, 2]))
except ValueError as e:
    print("ValueError:", e)
print(sorted(g([3, 1])), tuple(g([1])))
it = g([5, 6, 7])
print(list(map(lambda v: v * 2, it))[:1])
