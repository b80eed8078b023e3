f = frozenset({1, 2})
print(sorted(f))


def trigger():
    f.add(3)


trigger()
