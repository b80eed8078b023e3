xs = [1, 2]
del xs[1]
print(xs)


def trigger():
    del xs[5]


trigger()
