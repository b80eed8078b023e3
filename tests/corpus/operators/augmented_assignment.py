x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x /= 4
print(x)
x //= 2
print(x)
x **= 3
print(x)
y = 17
y %= 5
print(y)
y <<= 4
print(y)
y >>= 2
print(y)
y &= 6
print(y)
y |= 9
print(y)
y ^= 3
print(y)
s = 'a'
s += 'b'
s *= 3
print(s)
