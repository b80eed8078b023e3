name = "ann"
print(f"{name:>5}")


def trigger():
    print(f"{name:d}")


trigger()
