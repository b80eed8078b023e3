xs = [1]
print(xs.pop())


def trigger():
    xs.pop()


trigger()
