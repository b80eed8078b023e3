d = {'a': 1}
for key in ['b', 1, (1, 2), None, 'it\'s', 2.5]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
