print("%s %s" % ("a", "b"))


def trigger():
    print("%s %s" % ("only",))


trigger()
