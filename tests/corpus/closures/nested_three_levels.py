def a():
    x = 'a'
    def b():
        y = 'b'
        def c():
            nonlocal x
            x = x + y + 'c'
            return x
        return c
    fn = b()
    fn()
    return fn(), x
print(a())
