s = {1, 2}
print(s | {3})
print(s.union([3]))


def trigger():
    print(s | [3])


trigger()
