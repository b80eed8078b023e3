excs = [ValueError("bad value"), KeyError("key"), KeyError(1), IndexError("list index out of range"),
        OSError(2, "No such file"), StopIteration(5), SystemExit(3), AttributeError("attr")]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
