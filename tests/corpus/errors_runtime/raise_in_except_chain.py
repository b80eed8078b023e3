try:
    print('try')
    1 / 0
except ZeroDivisionError:
    print('handling')
    raise KeyError('while handling')
