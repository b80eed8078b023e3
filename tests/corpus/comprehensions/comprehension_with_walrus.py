data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5])
print(y)
total = 0
print([total := total + x for x in data])
print(total)
