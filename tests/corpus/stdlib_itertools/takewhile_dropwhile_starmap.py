from itertools import takewhile, dropwhile, starmap, filterfalse, compress, tee
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])))
print(list(filterfalse(lambda x: x % 2, range(6))))
print(list(compress("abcdef", [1, 0, 1, 0, 1])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
