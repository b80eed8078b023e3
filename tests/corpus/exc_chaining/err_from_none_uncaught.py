def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("hidden context") from None

print(get({"x": 1}, "x"))
get({}, "y")
