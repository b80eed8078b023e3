from collections import namedtuple
Pair = namedtuple("Pair", "a b")
print(Pair(1, 2))


def trigger():
    Pair(1)


trigger()
