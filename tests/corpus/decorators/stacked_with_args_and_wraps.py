import functools

def prefix(p):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            return p + fn(*a)
        return wrapper
    return deco

@prefix("[")
@prefix("<")
def name(x):
    return x

print(name("core"), name.__name__)
