names = ["ann", "bob", "cy"]
ages = [30, 25]
print(list(zip(names, ages)))
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
z = zip(names, range(10))
print(next(z), list(z))
