calls = []
def idx():
    calls.append('idx')
    return 0
lst = [10]
lst[idx()] += 1
print(lst, calls)
d = {'a': [1]}
d['a'] += [2]
d['a'][0] -= 5
print(d)
