# "x is 5": CPython warns at compile time, on stderr, and the program runs.
x = 5
if x is 5:
    print("five")
print(x is not "a", () is not None, x is None, (1, 2) is x, x is ..., [1] is x, -1 is x)
def f(y):
    return y is 'text'
print(f(1), 1 < x is 2)
