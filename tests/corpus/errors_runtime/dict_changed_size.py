d = {'a': 1}
print(d)
for k in d:
    d[k + '!'] = 0
