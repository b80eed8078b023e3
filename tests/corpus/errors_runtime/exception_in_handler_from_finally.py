def f():
    try:
        print('trying')
    finally:
        raise TypeError('from finally')
f()
