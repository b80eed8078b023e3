class M:
    def __init__(self, name, suppress):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(self.name, "exit sees", et.__name__ if et else None)
        return self.suppress

with M("outer", False), M("inner", True):
    raise RuntimeError("x")
print("survived")
