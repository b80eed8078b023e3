def f():
    try:
        int("zz")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    f()
except ValueError as e:
    print("outer caught:", e)
