b = b"abc"
print(b[0])


def trigger():
    b[0] = 65


trigger()
