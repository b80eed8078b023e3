print(list(range(0, 3)))
print(list(range(0, 3, 0)))
