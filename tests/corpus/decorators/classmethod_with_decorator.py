def announce(fn):
    def wrapper(*args):
        print("call", fn.__name__)
        return fn(*args)
    return wrapper

class Factory:
    @classmethod
    @announce
    def build(cls, x):
        return cls.__name__ + str(x)

print(Factory.build(1))
