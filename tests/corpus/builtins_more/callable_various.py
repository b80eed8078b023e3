class A:
    pass
class B:
    def __call__(self):
        pass
print(callable(A), callable(A()), callable(B()), callable(print), callable(str.upper))
print(callable([].append), callable(lambda: 1), callable(1), callable("print"))
