d = {'x': 1, 'y': 2}
print(d.pop('x'), d)
print(d.pop('missing', 'fallback'), d)
print(d.pop('missing', None))
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)
print(d.setdefault('y', 100), d)
print(d.setdefault('z', 100), d)
print(d.setdefault('w'), d)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
