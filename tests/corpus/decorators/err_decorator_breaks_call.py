def broken(fn):
    def wrapper():
        return fn()
    return wrapper

@broken
def needs_arg(x):
    return x

print("decorated fine")
needs_arg(1)
