xs = [1, 2, 3]
print(xs[::1])


def trigger():
    print(xs[::0])


trigger()
