print('never')
if True:
    break
