def level3(x):
    return x['missing']
def level2(x):
    return level3(x) + 1
def level1():
    return level2({})
try:
    level1()
except KeyError as e:
    print('propagated KeyError', e)
def validate(n):
    if n < 0:
        raise ValueError('negative: %d' % n)
    return n
results = []
for v in [1, -2, 3]:
    try:
        results.append(validate(v))
    except ValueError as e:
        results.append(str(e))
print(results)
