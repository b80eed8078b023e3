d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
for k, v in list(d.items()):
    d[k * 2] = v * 10
print(d)
