letters = ["a", "b"]
print("{} {}".format(*letters))


def trigger():
    print("{} {} {}".format(*letters))


trigger()
