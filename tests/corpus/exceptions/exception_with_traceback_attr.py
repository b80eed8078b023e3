try:
    raise RuntimeError("x")
except RuntimeError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
