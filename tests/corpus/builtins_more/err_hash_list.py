print(hash((1, 2)) == hash((1, 2)))
key = [1, 2]


def trigger():
    print(hash(key))


trigger()
