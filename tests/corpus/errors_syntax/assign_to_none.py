print('never')
None = 1
