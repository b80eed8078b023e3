def pascal(n):
    rows = [[1]]
    for i in range(1, n):
        prev = rows[-1]
        row = [1]
        for j in range(1, i):
            row.append(prev[j - 1] + prev[j])
        row.append(1)
        rows.append(row)
    return rows

tri = pascal(10)
for row in tri:
    s = ''
    for x in row:
        s += str(x) + ' '
    print(s.strip())
print(sum(pascal(30)[-1]), 2 ** 29)
print(pascal(60)[-1][30])
