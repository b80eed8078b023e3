s = "hello"
print(s.index("l"))


def trigger():
    print(s.rindex("z"))


trigger()
