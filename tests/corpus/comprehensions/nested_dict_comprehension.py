grid = {r: {c: r * c for c in range(1, 4)} for r in range(1, 3)}
print(grid)
print(grid[2][3])
inverted = {(r, c): v for r, row in grid.items() for c, v in row.items() if v % 2 == 0}
print(inverted)
