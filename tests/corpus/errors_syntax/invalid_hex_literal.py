print('never')
x = 0x
