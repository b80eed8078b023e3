items = [1, 2, 3]
print([i * 2 for i in items])


def trigger():
    print([i * scale for i in items])


trigger()
