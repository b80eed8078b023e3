decorators = {"twice": lambda f: (lambda x: f(f(x)))}

@decorators["twice"]
def inc(x):
    return x + 1

print(inc(5))
class NS:
    @staticmethod
    def wrap(f):
        return lambda: "wrapped " + f()

@NS.wrap
def hello():
    return "hello"
print(hello())
