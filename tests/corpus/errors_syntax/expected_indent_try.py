print('never')
try:
x = 1
except ValueError:
    pass
