d = {"only": 1}
print(d.popitem())


def trigger():
    d.popitem()


trigger()
