print(sum([1, 2]))


def trigger():
    print(sum(["a", "b"], ""))


trigger()
