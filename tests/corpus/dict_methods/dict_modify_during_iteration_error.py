d = {'a': 1, 'b': 2}
try:
    for k in d:
        d['new_' + k] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
d2 = {'x': 1, 'y': 2}
for k in list(d2):
    d2[k + k] = d2.pop(k)
print(d2)
