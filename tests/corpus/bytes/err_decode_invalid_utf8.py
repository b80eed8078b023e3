good = b"caf\xc3\xa9"
print(good.decode("utf-8"))
bad = b"caf\xe9"


def trigger():
    print(bad.decode("utf-8"))


trigger()
