def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][5]
    if kind == 2:
        return {}["k"]
    return int("x")

for k in range(4):
    try:
        risky(k)
    except ArithmeticError as e:
        print("arith:", e)
    except LookupError as e:
        print("lookup:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
