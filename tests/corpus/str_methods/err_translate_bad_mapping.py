print("abc".translate({97: "x"}))


def trigger():
    return "abc".translate({98: 2.5})


trigger()
