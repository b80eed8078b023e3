print('never')
def f(x):
    global x
    return x
