print('never')
lambda: 1 = 2
