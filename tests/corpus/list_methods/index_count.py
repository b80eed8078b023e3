lst = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(lst.index(1), lst.index(5), lst.index(5, 5), lst.index(5, 9))
print(lst.count(5), lst.count(1), lst.count(7))
print([1, 1.0, True].count(1))
print([[1], [1]].count([1]))
try:
    lst.index(7)
except ValueError as e:
    print(e)
try:
    ['a'].index('b')
except ValueError as e:
    print(e)
