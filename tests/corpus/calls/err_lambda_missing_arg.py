square = lambda n: n * n
print(square(4))


def trigger():
    square()


trigger()
