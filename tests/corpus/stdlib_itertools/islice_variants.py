from itertools import islice
data = range(20)
print(list(islice(data, 3)), list(islice(data, 2, 6)), list(islice(data, 1, 10, 3)))
print(list(islice(data, 18, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
