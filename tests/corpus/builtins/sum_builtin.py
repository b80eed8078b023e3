print(sum([1, 2, 3]), sum([]), sum(range(101)))
print(sum([1, 2], 10), sum([0.5] * 4))
print(sum([0.5, 0.25]), sum([1, 2.5]))
print(sum([[1], [2, 3]], []))
print(sum((True, True, False)))
print(sum(range(10), start=100))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
