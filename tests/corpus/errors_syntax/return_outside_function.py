print('never')
x = 1
return x
