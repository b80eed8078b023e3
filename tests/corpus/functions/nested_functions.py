def outer(x):
    def inner(y):
        return x + y
    def inner2():
        return inner(100)
    return inner(1), inner2()
print(outer(10))
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
triple = make_multiplier(3)
print(triple(7), make_multiplier(-1)(4))
print(triple.__name__)
