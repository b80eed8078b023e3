ba = bytearray(b"a")
print(ba.pop())


def trigger():
    return ba.pop()


trigger()
