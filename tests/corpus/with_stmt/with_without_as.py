class Ctx:
    def __enter__(self):
        print("entered")
        return 123
    def __exit__(self, *a):
        print("exited")

with Ctx():
    print("body")
