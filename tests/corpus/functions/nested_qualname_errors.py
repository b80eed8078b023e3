def outer():
    def inner(a, b):
        return a + b
    return inner
fn = outer()
try:
    fn(1)
except TypeError as e:
    print(e)
try:
    fn(1, 2, 3)
except TypeError as e:
    print(e)
lam = lambda x: x
try:
    lam()
except TypeError as e:
    print(e)
