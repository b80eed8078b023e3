def f(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        print("div zero")
        return None
    else:
        print("else ran with", v)
        return v
    finally:
        print("finally for", x)

print(f(2))
print(f(0))
