value = 42
print(f"{value:5d}")


def trigger():
    print(f"{value:z}")


trigger()
