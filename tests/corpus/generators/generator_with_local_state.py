def running_max(xs):
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
        yield best

print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
