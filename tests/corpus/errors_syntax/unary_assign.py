print('never')
x = 1
-x = 2
