names = ['ann', 'bob', 'cy']
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print('%d. %s (%d)' % (i, n, a))
oldest = max(zip(ages, names))
print(oldest)
print(list(zip(range(3), 'abc', [True, False, None])))
transposed = list(zip([1, 2, 3], [4, 5, 6]))
print(transposed)
