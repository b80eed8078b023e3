tests = [
    lambda: '%d' % 'x',
    lambda: '%d %d' % (1,),
    lambda: '%d' % (1, 2),
    lambda: '%s %s' % 'ab',
    lambda: '%z' % 1,
    lambda: '%' % (),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
