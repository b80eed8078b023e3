class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et is type(ev), type(tb).__name__, ev.args)
        return True

with Inspect():
    raise ValueError(1, 2)
print("done")
