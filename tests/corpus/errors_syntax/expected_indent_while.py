print('never')
while False:
x = 1
