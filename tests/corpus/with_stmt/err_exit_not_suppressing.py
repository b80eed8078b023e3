class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__)

with Ctx():
    raise KeyError("not suppressed")
