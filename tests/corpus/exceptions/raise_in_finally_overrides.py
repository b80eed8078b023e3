def f():
    try:
        raise ValueError('first')
    finally:
        print('finally before propagating')
try:
    f()
except ValueError as e:
    print('got', e)
def g():
    try:
        1 / 0
    finally:
        return 'swallowed'
print(g())
