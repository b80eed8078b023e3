# A StopIteration raised by the function given to map, filter or iter(f, sentinel) ends the iteration.
def halve(n):
    if n < 0:
        raise StopIteration
    return n // 2


print(list(map(halve, [10, 8, -1, 6])))


def small(n):
    if n > 100:
        raise StopIteration("too big")
    return n % 2 == 0


print(list(filter(small, [2, 3, 4, 500, 6])))

count = [0]


def tick():
    count[0] += 1
    if count[0] > 3:
        raise StopIteration
    return count[0]


print(list(iter(tick, None)))
m = map(halve, [4, -2, 8])
print(next(m), next(m, "done"), next(m, "after"))
