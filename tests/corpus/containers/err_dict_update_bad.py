d = {}
d.update([("a", 1)])
print(d)


def trigger():
    d.update([1, 2])


trigger()
