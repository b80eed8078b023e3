print('never')
x = 1
nonlocal x
