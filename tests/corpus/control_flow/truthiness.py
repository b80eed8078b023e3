values = [0, 1, -1, 0.0, 0.5, '', 'a', ' ', [], [0], (), (None,), {}, {'k': 0}, None, True, False, range(0), range(1)]
for v in values:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
print(bool(float('nan')), bool(-0.0))
