checks = [(1, int), ("s", (int, str)), (2.0, float)]
for value, kind in checks:
    print(repr(value), isinstance(value, kind))


def trigger():
    isinstance(1, "int")


trigger()
