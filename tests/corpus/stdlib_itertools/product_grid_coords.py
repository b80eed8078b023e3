from itertools import product
coords = list(product(range(2), range(3)))
print(coords)
print(["".join(p) for p in product("01", repeat=3)])
print(sum(a * b for a, b in product([1, 2], [10, 20])))
