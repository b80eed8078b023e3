def classify(p):
    match p:
        case (x, y) if x == y:
            return "diagonal"
        case (x, y) if x > y:
            return "below"
        case (x, _):
            return f"above (x={x})"
        case n if isinstance(n, int) and n < 0:
            return "negative number"
        case _ if p == "special":
            return "special"
        case _:
            return "other"

for p in [(1, 1), (3, 2), (1, 4), -5, 5, "special", "x"]:
    print(p, classify(p))
