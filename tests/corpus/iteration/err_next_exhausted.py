it = iter([10])
print(next(it))


def trigger():
    next(it)


trigger()
