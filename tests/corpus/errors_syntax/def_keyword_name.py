print('never')
def if():
    pass
