def outer(**kw):
    def inner(a=0, b=0):
        return a * b
    return inner(**kw)

print(outer(a=3, b=4), outer(a=3), outer())
