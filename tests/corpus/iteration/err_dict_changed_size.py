d = {"a": 1, "b": 2}
print(len(d))
for k in d:
    d[k + k] = 0
