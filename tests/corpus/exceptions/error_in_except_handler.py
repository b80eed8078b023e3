try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print('new error from handler:', e)
try:
    try:
        raise KeyError('a')
    except ValueError:
        print('wrong handler')
except KeyError as e:
    print('outer handler:', repr(e))
