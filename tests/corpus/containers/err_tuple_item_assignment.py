t = (1, 2, 3)
print(t[0])


def trigger():
    t[0] = 10


trigger()
