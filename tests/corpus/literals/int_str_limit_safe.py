n = 1
for i in range(1, 800):
    n *= i
s = str(n)
print(len(s), s[:20], s[-5:])
print(len(str(2**10000)))
print(int('9' * 1000) + 1 == 10**1000)
