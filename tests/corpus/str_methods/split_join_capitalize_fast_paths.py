# split() of ASCII text with maxsplit, join of lists, tuples and iterators, capitalize of ASCII and not.
for t in ["  a b\tc\n d  ", "", "   ", "one", "x\x1cy\x1fz", "a  b  c  d", " lead", "trail "]:
    print(repr(t), t.split(), t.split(None, 0), t.split(None, 1), t.split(maxsplit=2))
print("é a".split(), "a\u3000b".split(), "a\x85b".split())
print(",".join(["a", "b"]), ",".join(("x",)), "".join([]), "-".join("abc"), "-".join(iter(["p", "q"])), ", ".join({"k": 1, "j": 2}))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    ",".join(("a", None))
except TypeError as e:
    print(e)
print("hello WORLD".capitalize(), "".capitalize(), "1abc".capitalize(), "éCOLE".capitalize(), "ǆa".capitalize(), "a".capitalize())
