# dict.get with a str key runs in the eval loop; other keys, subclasses,
# bound methods and wrong argument counts take the ordinary call.
d = {"a": 1, 2: "two"}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get(2), d.get(3, "x"), d.get("a", 9))
class K(str):
    pass
e = {K("k"): "found"}
print(e.get("k"), e.get("k", 0), e.get(K("k")))
for bad in (lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.get([])):
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
class D(dict):
    def get(self, key, default=None):
        return "override"
print(D(a=1).get("a"), dict.get(D(a=1), "a"), dict.get(d, "a", 5))
g = d.get
print(g("a"), g("zz", "dflt"))
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
