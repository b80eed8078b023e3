data = "\u20ac".encode()
print(data, len(data))


def trigger():
    return data[:2].decode("utf-8")


trigger()
