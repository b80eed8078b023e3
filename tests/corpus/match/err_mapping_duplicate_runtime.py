class K:
    A = "a"
    B = "a"

match {"a": 1, "b": 2}:
    case {K.A: x, K.B: y}:
        print(x, y)
