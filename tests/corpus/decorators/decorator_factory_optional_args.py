def deco(fn=None, *, tag="default"):
    if fn is None:
        return lambda f: deco(f, tag=tag)
    def wrapper():
        return tag + ":" + fn()
    return wrapper

@deco
def a():
    return "a"

@deco(tag="custom")
def b():
    return "b"

print(a(), b())
