xs = [1, 2, 3]
print(len(xs))


def trigger():
    next(xs)


trigger()
