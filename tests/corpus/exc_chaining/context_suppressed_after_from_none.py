try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
