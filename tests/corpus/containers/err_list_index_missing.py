xs = ["a", "b"]
print(xs.index("b"))


def trigger():
    xs.index("c")


trigger()
