print(', '.join(['a', 'b', 'c']))
print(''.join(['x', 'y']))
print('-'.join('abc'))
print(' '.join([]))
print('+'.join(('1', '2')))
print('\n'.join(['line1', 'line2']))
print('.'.join({'k1': 1, 'k2': 2}))
try:
    ', '.join([1, 2])
except TypeError as e:
    print(e)
