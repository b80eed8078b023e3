print(dict())
print(dict(a=1, b=2))
print(dict([('x', 1), ('y', 2)]))
print(dict([['k', 'v'], ('k2', 'v2')]))
print(dict({'a': 1}, b=2))
print(dict([('a', 1)], a=5))
print(dict(zip('abc', range(3))))
d = {'one': 1}
e = dict(d)
e['two'] = 2
print(d, e)
print(dict([('dup', 1), ('dup', 2)]))
