try:
    [][0]
except IndexError:
    print('logging, then re-raising')
    raise
