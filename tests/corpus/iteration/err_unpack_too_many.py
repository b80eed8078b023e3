point = (1, 2, 3)
print(point)


def trigger():
    x, y = point


trigger()
