d = {1: 'int', 'one': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?'}
print(d)
print(1 in d, 'one' in d, (1, 2) in d, None in d, 2 in d)
print(1.0 in d, d[1.0])
print('int' in d)
print(d[None], d[(1, 2)])
try:
    d[[1, 2]] = 'list'
except TypeError as e:
    print(e)
try:
    print({}[[]])
except TypeError as e:
    print(e)
