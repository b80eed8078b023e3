def compute():
    return 1 + qqq_not_here
print('calling')
compute()
