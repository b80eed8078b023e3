print('never')
x = 1
a if x else b = 2
