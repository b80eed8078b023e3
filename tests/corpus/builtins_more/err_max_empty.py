print(max([1, 2]))
values = []


def trigger():
    print(max(values))


trigger()
