for v in [1, "a", None]:
    print(type(v).__name__)


def trigger():
    type(1, 2)


trigger()
