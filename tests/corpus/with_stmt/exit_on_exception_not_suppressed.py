class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__, ev)
        return False

try:
    with Ctx():
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e)
