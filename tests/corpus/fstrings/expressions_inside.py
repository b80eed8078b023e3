items = [3, 1, 2]
d = {"a": 1}
print(f"{len(items)} {sorted(items)} {sum(items) / len(items):.2f}")
print(f"{d['a']} {'yes' if items else 'no'} {[i * 2 for i in items]}")
print(f"{(lambda q: q + 1)(1)}")
print(f"{3 + 4j} {None} {True}")
