import sys

class Ctx:
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        print("exit saw", et.__name__, ev.code)
        return True

with Ctx():
    sys.exit(9)
print("suppressed the exit")
