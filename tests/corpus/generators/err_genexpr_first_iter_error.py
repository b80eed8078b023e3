values = None
print("creating generator")
g = (v for v in values)


def trigger():
    print("unreachable")


trigger()
