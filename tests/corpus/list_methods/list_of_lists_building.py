table = []
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    table.append(row)
print(table)
for row in table:
    line = ''
    for x in row:
        line += '%3d' % x
    print(line)
print(table[1][2], len(table), len(table[0]))
