print(list(zip([1, 2, 3], 'abc')))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip([1], [2], [3], [4])))
print(list(zip()))
print(list(zip([])))
print(list(zip('abc')))
names = ['x', 'y']
vals = [10, 20, 30]
for n, v in zip(names, vals):
    print(n, '=', v)
print(dict(zip(names, vals)))
a, b = list(zip([1, 2], [3, 4]))
print(a, b)
