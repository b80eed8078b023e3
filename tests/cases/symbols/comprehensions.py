base = 3

def table(rows):
    limit = 10
    return [[r * c for c in range(base) if c < limit] for r in range(rows)]

evens = {n for n in range(10) if n % 2 == 0}
print(table(2), sorted(evens))
