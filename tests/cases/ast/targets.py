a = b = c = 0
x, y = 1, 2
[p, q], r = (1, 2), 3
first, *rest = [1, 2, 3]
d = {}
d['k'] = 1
d['k'] += 2
obj.attr, items[1:2] = 3, [4]
for i, (j, k) in enumerate([(1, 2)]):
    pass
