x = 5
print('big' if x > 3 else 'small')
print('big' if x > 10 else 'small')
y = 1 if x % 2 else 0
print(y)
print(('a' if x < 0 else 'b' if x < 10 else 'c'))
def sign(n):
    return -1 if n < 0 else (0 if n == 0 else 1)
print(sign(-5), sign(0), sign(7))
print(1 if '' else 2, 1 if [0] else 2)
v = None
print(v if v is not None else 'none')
