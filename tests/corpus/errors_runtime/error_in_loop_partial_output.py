data = [4, 2, 1, 0, 5]
for d in data:
    print(100 // d)
