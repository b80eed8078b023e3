try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e))
    print(type(e.__context__).__name__, e.__context__)
    print(e.__cause__)
