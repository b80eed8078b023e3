try:
    try:
        raise ValueError("a")
    except ValueError as first:
        raise TypeError("b") from first
except TypeError as second:
    print(repr(second.__cause__), repr(second.__context__))
    print(second.__cause__ is second.__context__)
    print(second.__suppress_context__)
