print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 9, 9])
print((1, 'a') < (1, 'b'), (0,) < (0, 0))
print([] == [], () == (), [] == ())
print([[1, 2], [1]] == [[1, 2], [1]])
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
pairs.sort()
print(pairs)
print(max(pairs), min(pairs))
try:
    (1, 'a') < ('a', 1)
except TypeError as e:
    print(e)
