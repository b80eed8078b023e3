print('never')
x = 0b102
