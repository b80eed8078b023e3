def greet(name, greeting="Hello", *, punctuation="!"):
    return greeting + ", " + name + punctuation

def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double = make_multiplier(2)
print(greet("Ada", punctuation="?"), double(21), (lambda x: x + 1)(1))
