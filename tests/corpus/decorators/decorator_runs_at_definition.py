def register(fn):
    print("registering", fn.__name__)
    return fn

print("before def")
@register
def a():
    return "a"
@register
def b():
    return "b"
print("after defs", a(), b())
