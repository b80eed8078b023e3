print('never')
x = 0123
