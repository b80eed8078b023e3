print('never')
x = 'global'
def outer():
    def inner():
        nonlocal x
        x = 'changed'
    inner()
