def outer():
    def inner():
        return x
    x = 'assigned after inner defined'
    return inner()
print(outer())
def outer2():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer2()())
