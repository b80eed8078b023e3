print("%d" % 5)


def trigger():
    print("%d" % (5, 6))


trigger()
