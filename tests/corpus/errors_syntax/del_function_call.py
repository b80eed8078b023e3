print('never')
def f():
    pass
del f()
