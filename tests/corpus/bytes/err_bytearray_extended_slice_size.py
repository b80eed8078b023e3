ba = bytearray(b"abcdef")
ba[::2] = b"XYZ"
print(ba)


def trigger():
    ba[::2] = b"too long"


trigger()
