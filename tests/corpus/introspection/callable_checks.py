class C:
    def __call__(self):
        return 1
    def m(self):
        pass

print(callable(C), callable(C()), callable(C().m))
print(callable(len), callable(lambda: 0), callable("s"), callable(None))
print(callable(int), callable(3))
