class Shapes:
    names = ["circle", "square"]
    upper = [n.upper() for n in names]
    lengths = {n: len(n) for n in names}

print(Shapes.upper, Shapes.lengths)
