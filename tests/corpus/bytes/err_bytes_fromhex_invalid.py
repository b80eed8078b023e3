print(bytes.fromhex("cafe"))


def trigger():
    return bytes.fromhex("ca fe g0")


trigger()
