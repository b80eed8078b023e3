print([x for x in range(50) if x % 2 if x % 3 == 0 if x > 10])
print([x for x in range(10) if x > 2 and x < 7])
print([x if x % 2 else -x for x in range(6)])
words = ["apple", "kiwi", "banana", "fig", "cherry"]
print([w for w in words if len(w) > 3 if "a" in w])
print([w.upper() if len(w) < 4 else w for w in words])
