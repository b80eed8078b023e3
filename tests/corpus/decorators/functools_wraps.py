import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3))
print(add.__name__, add.__doc__)
print(add.__wrapped__(10, 20))
