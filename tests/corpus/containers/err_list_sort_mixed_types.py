xs = [3, "a", 1]
print(len(xs))


def trigger():
    xs.sort()


trigger()
