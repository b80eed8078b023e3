lst = [1, 2, 3]
it = iter(lst)
print(iter(it) is it)
print(next(it))
print(list(it))
print(list(it))
print(iter(lst) is iter(lst))
