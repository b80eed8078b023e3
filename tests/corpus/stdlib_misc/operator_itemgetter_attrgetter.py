from operator import itemgetter, attrgetter, methodcaller
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)))
print(itemgetter(0, 1)(["x", "y", "z"]))
class P:
    def __init__(self, n):
        self.n = n
print([p.n for p in sorted([P(3), P(1)], key=attrgetter("n"))])
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"))
