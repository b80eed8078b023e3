ba = bytearray(2)
ba[0] = 255
print(ba)


def trigger():
    ba[1] = 256


trigger()
