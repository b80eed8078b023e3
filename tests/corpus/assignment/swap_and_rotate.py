a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [5, 6, 7]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
x = 10
y = 20
x, y = y, x + y
print(x, y)
fib = [0, 1]
a, b = 0, 1
n = 0
while n < 10:
    a, b = b, a + b
    n += 1
print(a, b)
