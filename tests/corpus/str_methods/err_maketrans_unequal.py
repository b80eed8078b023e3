print("abc".translate(str.maketrans("ab", "xy")))


def trigger():
    return str.maketrans("abc", "xy")


trigger()
