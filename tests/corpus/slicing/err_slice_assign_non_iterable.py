xs = [1, 2, 3]
xs[0:1] = [7]
print(xs)


def trigger():
    xs[0:1] = 5


trigger()
