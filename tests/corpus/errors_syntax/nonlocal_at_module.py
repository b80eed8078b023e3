print('never')
nonlocal x
