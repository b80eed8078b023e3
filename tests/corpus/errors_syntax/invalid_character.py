print('never')
x = 5 ¢ 3
