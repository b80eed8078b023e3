a = 10
b = 3
print(a + b * 2, a // b, a % b, -a ** 2, (a + b) / 2)
a += 1
c = 2 ** 10 - 24
