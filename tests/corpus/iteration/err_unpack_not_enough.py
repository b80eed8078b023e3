pair = [1]
print(pair)


def trigger():
    a, b = pair


trigger()
