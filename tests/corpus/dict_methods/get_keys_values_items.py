d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 'default'), d.get('b', 99))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys())
print(d.values())
print(d.items())
print(len(d.keys()), 'a' in d.keys(), 2 in d.values(), ('c', 3) in d.items())
for k in d.keys():
    print(k, d[k])
