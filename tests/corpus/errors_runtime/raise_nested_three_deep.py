def level3(v):
    raise RuntimeError('failure at level 3 with %r' % (v,))
def level2(v):
    return level3(v * 2)
def level1(v):
    return level2(v + 1)
print('start')
level1(5)
