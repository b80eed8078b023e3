print({x % 5 for x in range(20)})
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print({len(w) for w in "one two three four".split()})
print(type({x for x in ()}).__name__, {x for x in ()})
