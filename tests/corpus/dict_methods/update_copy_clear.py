d = {'a': 1}
d.update({'b': 2, 'a': 10})
print(d)
d.update([('c', 3)])
print(d)
d.update(e=5)
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
d.clear()
print(d, c)
nested = {'list': [1]}
shallow = nested.copy()
shallow['list'].append(2)
print(nested)
