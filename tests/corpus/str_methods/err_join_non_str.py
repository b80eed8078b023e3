parts = ["a", "b"]
print("-".join(parts))


def trigger():
    print("-".join(["a", 1, "b"]))


trigger()
