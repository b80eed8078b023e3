a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {3, 4} <= a, {3, 4} < a, a < a, a <= a)
print(a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
