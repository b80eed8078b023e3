def counter():
    n = 0
    while True:
        n += 1
        yield n

a = counter()
b = counter()
print(next(a), next(a), next(a))
print(next(b))
print(next(a), next(b))
