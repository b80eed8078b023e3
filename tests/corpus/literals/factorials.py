def fact(n):
    r = 1
    i = 2
    while i <= n:
        r = r * i
        i += 1
    return r

for n in [0, 1, 5, 10, 20, 25, 30, 50]:
    print(n, fact(n))
print(len(str(fact(100))))
print(fact(100) % 1000003)
