class A:
    """Docstring for A."""
    x = 1

print(A.__doc__)
print(A.__name__, A.__qualname__)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
def f():
    "f doc"
print(f.__doc__, f.__name__)
