a, b, c = iter([1, 2, 3])
print(a, b, c)
first, *rest = (x * 2 for x in range(4))
print(first, rest)
*init, last = "hello"
print(init, last)
print(*range(3), sep="-")
print([*"ab", *range(2)])
