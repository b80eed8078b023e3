d = {"a": 1}
print(d["a"])


def trigger():
    print(d["missing key"])


trigger()
