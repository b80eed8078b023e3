n = 0
total = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    total += n
print(n, total)
i = 10
while i:
    i -= 3
    if i < 0:
        break
print(i)
