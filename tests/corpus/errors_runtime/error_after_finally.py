def f():
    try:
        print('in try')
        return {}['nope']
    finally:
        print('finally ran')
f()
