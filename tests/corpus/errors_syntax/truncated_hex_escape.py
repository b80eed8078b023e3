print('never')
s = 'bad \x4 escape'
