class Good:
    def __enter__(self):
        print("good enter")
    def __exit__(self, *a):
        print("good exit", a[0].__name__)

class Bad:
    def __enter__(self):
        raise OSError("cannot open")
    def __exit__(self, *a):
        print("bad exit (never)")

try:
    with Good(), Bad():
        print("body (never)")
except OSError as e:
    print("caught", e)
