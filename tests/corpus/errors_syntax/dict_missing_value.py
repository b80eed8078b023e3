print('never')
d = {'a': }
