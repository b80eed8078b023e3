def inner():
    try:
        raise ValueError('original')
    except ValueError:
        print('inner handling, then re-raising')
        raise
try:
    inner()
except ValueError as e:
    print('outer caught:', e)
try:
    try:
        {}['x']
    except KeyError as e:
        print('first handler', repr(e))
        raise
except Exception as e:
    print('Exception handler', repr(e))
