class Named:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *a):
        print("exit", self.n)

with (
    Named("a") as x,
    Named("b") as y,
):
    print("inside", x.n + y.n)
