print("%s" % "text")


def trigger():
    print("%d" % "text")


trigger()
