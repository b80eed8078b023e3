print('never')
x = 0o78
