def f(a, b=2, c=3):
    return [a, b, c]
print(f(1))
print(f(1, c=30))
print(f(c=30, a=10))
print(f(1, 2, 3))
try:
    f(1, a=2)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    f(1, d=4)
except TypeError as e:
    print(e)
