from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(max, [3, 9, 2]))
print(reduce(lambda acc, s: acc + s[0], ["apple", "bee"], ""))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
