class Bad:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")

try:
    with Bad():
        raise ValueError("original")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))
