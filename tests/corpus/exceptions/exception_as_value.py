errors = [ValueError('a'), TypeError('b'), KeyError('c')]
for err in errors:
    print(type(err).__name__, err.args)
def maybe_raise(err):
    if err is not None:
        raise err
    return 'ok'
print(maybe_raise(None))
for err in errors:
    try:
        maybe_raise(err)
    except Exception as caught:
        print('caught', repr(caught), caught is err)
