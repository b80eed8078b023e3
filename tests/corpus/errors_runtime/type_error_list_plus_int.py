lst = [1, 2]
print(lst + [3])
print(lst + 3)
