def passthrough(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@passthrough
def greet(name="world", *, punct="!"):
    return "hello " + name + punct

print(greet(), greet("ann"), greet(punct="?"))
