from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)))
print(list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)), list(islice(repeat(0), 2)))
print(list(map(pow, range(4), repeat(2))))
