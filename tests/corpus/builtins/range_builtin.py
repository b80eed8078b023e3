print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -2)))
print(list(range(5, 0)))
print(list(range(-5, -1)))
print(list(range(0, -6, -1)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2])
print(range(5), range(1, 5), range(1, 5, 2))
print(list(range(1, 2, 100)))
print(range(0, 10)[3], range(10, 0, -1)[0])
print(range(3) == range(0, 3))
try:
    range(1, 5, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(3)[3]
except IndexError as e:
    print('IndexError:', e)
