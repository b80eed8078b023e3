class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        raise OSError("cleanup failed")

with Ctx():
    print("body")
    raise ValueError("body failed")
