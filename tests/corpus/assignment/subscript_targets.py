lst = [0, 0, 0]
lst[0] = 'a'
lst[-1] = 'c'
print(lst)
d = {}
d['x'] = 1
d[2] = 'two'
d[(1, 2)] = 'tuple key'
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)
lst[1], lst[2] = lst[2], lst[1]
print(lst)
i = 0
i, lst[i] = 1, 'z'
print(i, lst)
