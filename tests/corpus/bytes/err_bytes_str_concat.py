b = b"data:"
print(b + b"1")


def trigger():
    print(b + "1")


trigger()
