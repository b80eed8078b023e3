import math
print(math.sqrt(4))


def trigger():
    print(math.sqrt(-1))


trigger()
