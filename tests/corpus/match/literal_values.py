def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case _:
            return "other"

for v in [0, 1, 3, -1, 2.5, "hello", b"raw", 4, "bye", 0.0, 1.0]:
    print(repr(v), describe(v))
