def inner():
    raise ValueError("inner problem")

def outer():
    try:
        inner()
    except ValueError as e:
        raise TypeError("outer problem") from e

print("calling outer")
outer()
