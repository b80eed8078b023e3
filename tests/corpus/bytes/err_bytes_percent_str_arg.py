print(b"%s!" % b"ok")


def trigger():
    return b"%s!" % "not bytes"


trigger()
