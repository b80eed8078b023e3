s = {1, 2}
print(s)


def trigger():
    s.add([3])


trigger()
