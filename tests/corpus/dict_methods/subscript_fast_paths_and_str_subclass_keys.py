# Subscripts of lists, tuples and dicts with str keys skip the general
# path when they hit; a str subclass key still equals its str.
xs = [10, 20, 30]
t = (1, 2)
d = {"a": 1, 2: "two"}
print(xs[0], xs[-1], xs[2], t[-2], t[1], d["a"], d[2])
for bad in (lambda: xs[3], lambda: xs[-4], lambda: t[2], lambda: d["missing"], lambda: xs["a"], lambda: xs[2**70]):
    try:
        bad()
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
class K(str):
    pass
d[K("k")] = "subclass key"
print(d["k"], d[K("a")])
class D(dict):
    def __missing__(self, key):
        return "missing " + key
print(D()["x"])
from collections import defaultdict
dd = defaultdict(int)
dd["z"] += 1
print(dd["z"], dd["new"])
print([1, 2][True], (5, 6)[False])
e = {K("k"): 1}
print(e.get("k"), "k" in e, e.setdefault("k", 5))
e["k"] = 2
print(e, len(e))
print(e.pop("k"), e)
e[K("j")] = 3
del e["j"]
print(e)
f = {"k": 1}
print(f.get(K("k")), K("k") in f, f[K("k")])
f[K("k")] = 9
print(f, [type(k).__name__ for k in f])
print({"a": 1} == {K("a"): 1})
