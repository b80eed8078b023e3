class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]
    def __setitem__(self, pos, v):
        r, c = pos
        self.rows[r][c] = v
    def __mul__(self, o):
        n, m, p = len(self.rows), len(o.rows), len(o.rows[0])
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __repr__(self):
        return "\n".join(" ".join("%3d" % v for v in row) for row in self.rows)

a = Matrix([[1, 2], [3, 4]])
a[0, 0] = 2
print(a * a)
