print('never')
a, *b, *c = [1, 2, 3]
