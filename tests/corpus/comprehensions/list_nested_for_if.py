pairs = [(a, b) for a in range(1, 6) if a % 2 for b in range(1, 6) if b > a]
print(pairs)
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in grid if sum(row) > 6 for v in row if v % 2])
print([(r, c) for r in range(3) for c in range(3) if grid[r][c] % 4 == 0])
