def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError("no such key: " + k) from None

try:
    lookup({}, "x")
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
