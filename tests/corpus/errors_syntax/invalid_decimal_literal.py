print('never')
x = 1abc
