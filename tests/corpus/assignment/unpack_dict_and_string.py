d = {'one': 1, 'two': 2}
a, b = d
print(a, b)
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
x, y, z = 'abc'
print(z, y, x)
for key, value in d.items():
    print(key, '=>', value)
