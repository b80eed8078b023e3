print('never')
d = {'a': 1, 'b'}
