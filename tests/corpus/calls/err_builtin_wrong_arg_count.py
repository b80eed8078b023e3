words = ["a", "bb"]
print([len(w) for w in words])


def trigger():
    len("a", "b")


trigger()
