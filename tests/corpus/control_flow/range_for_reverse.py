for i in range(5, 0, -1):
    print(i, end=' ')
print()
for i in range(0, -10, -3):
    print(i, end=',')
print()
for i in range(3, 3):
    print('never')
for i in range(0, 10, 3):
    print(i, end=' ')
print()
