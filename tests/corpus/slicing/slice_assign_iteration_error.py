# An error raised while iterating the value of a slice assignment is not replaced by "can only assign an iterable".
def gen():
    yield 1
    raise KeyError("mid")
x = [0, 0, 0]
try:
    x[1:2] = gen()
except KeyError as e:
    print("KeyError", e, x)
try:
    x[:] = 5
except TypeError as e:
    print("TypeError", e)
x[::2] = iter("ab")
print(x)
