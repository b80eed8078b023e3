print('never')
x = 1 if True
