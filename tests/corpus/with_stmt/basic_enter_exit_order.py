class Ctx:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, et, ev, tb):
        print("exit", et, ev, tb)

with Ctx() as r:
    print("using", r)
print("after")
