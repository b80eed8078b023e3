class Named:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *a):
        print("exit", self.n)

with Named(1) as a, Named(2) as b, Named(3):
    print("body", a, b)
