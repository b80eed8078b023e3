print('never')
def f():
    nonlocal x
    x = 1
