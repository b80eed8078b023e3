print('never')
def f(x):
    if x:
        continue
    return x
