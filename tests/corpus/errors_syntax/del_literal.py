print('never')
del 5
