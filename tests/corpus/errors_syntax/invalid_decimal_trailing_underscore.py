print('never')
x = 100_
