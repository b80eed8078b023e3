def risky(kind):
    if kind == 'v':
        raise ValueError('bad value')
    if kind == 't':
        raise TypeError('bad type')
    if kind == 'k':
        raise KeyError('bad key')
    return 'fine'
for k in ['v', 't', 'k', 'ok']:
    try:
        print(risky(k))
    except (ValueError, TypeError) as e:
        print('value-or-type', type(e).__name__, e)
    except KeyError as e:
        print('key', repr(e), str(e))
