try:
    x = 1 / 0
except ZeroDivisionError:
    print('caught division')
try:
    [][0]
except IndexError as e:
    print('IndexError:', e)
try:
    {}['k']
except KeyError as e:
    print('KeyError:', e)
print('after')
