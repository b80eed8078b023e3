words = ["apple", "Banana", "cherry", "date"]
print(sorted(w.lower() for w in words))
print(",".join(w[0] for w in words))
print(any(w.startswith("B") for w in words), all(len(w) > 3 for w in words))
print(dict((w, len(w)) for w in words))
print(tuple(i for i in range(3)))
