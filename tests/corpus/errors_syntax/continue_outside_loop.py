print('never')
continue
