def f(x):
    match x:
        case 1 | 2 | 3:
            return "one to three"
        case "a" | "b":
            return "a or b"
        case [1, y] | [y, 1]:
            return f"pair with one, other {y}"
        case (0, z) | (z, 0) | {"zero": z}:
            return f"zero and {z}"
        case None | True:
            return "None or True"
    return "nothing"

for v in [2, "b", [1, 5], [6, 1], (0, 9), (8, 0), {"zero": 7}, None, True, False, "c"]:
    print(repr(v), f(v))
