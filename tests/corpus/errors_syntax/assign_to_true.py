print('never')
True = 0
