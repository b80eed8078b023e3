print("{a}+{b}".format_map({"a": 1, "b": 2}))


def trigger():
    return "{a} and {}".format_map({"a": 1})


trigger()
