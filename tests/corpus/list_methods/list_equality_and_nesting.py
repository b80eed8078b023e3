a = [1, 2, [3, 4]]
b = [1, 2, [3, 4]]
print(a == b, a is b)
b[2][0] = 99
print(a == b, a, b)
m = [[0, 0, 0], [0, 0, 0]]
m[0][1] = 5
print(m)
row = [0] * 3
grid = [row, row]
grid[0][0] = 'x'
print(grid)
