class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit runs before return completes")

def f():
    with Ctx():
        return "value"

print(f())
