from functools import wraps
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def documented(x):
    """Returns x doubled."""
    return x * 2
print(documented.__name__, documented.__doc__, documented(4))
print(documented.__qualname__)
