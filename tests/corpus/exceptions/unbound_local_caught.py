x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 5
    return x
print(f())
def g():
    if False:
        y = 1
    return y
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
