x = 'global x'
def outer():
    x = 'outer x'
    def use_nonlocal():
        nonlocal x
        x = 'changed by nonlocal'
    def use_global():
        global x
        x = 'changed by global'
    use_nonlocal()
    print('outer sees:', x)
    use_global()
    print('outer still sees:', x)
outer()
print('module sees:', x)
