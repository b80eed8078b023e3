def mat_mul(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    result = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        result.append(row)
    return result

def identity(n):
    m = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        m.append(row)
    return m

def show(m):
    for row in m:
        line = ''
        for v in row:
            line += '%5d' % v
        print(line)

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b))
show(mat_mul(b, a))
print(mat_mul(a, identity(3)) == a)
fib = [[1, 1], [1, 0]]
m = identity(2)
for _ in range(50):
    m = mat_mul(m, fib)
print('fib(50) =', m[0][1])
