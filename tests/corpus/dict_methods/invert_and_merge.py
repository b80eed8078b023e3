d = {'a': 1, 'b': 2, 'c': 1}
inv = {}
for k, v in d.items():
    inv.setdefault(v, []).append(k)
print(inv)
merged = dict(d)
merged.update({'c': 3, 'd': 4})
print(merged)
print(dict(zip(d.values(), d.keys())))
