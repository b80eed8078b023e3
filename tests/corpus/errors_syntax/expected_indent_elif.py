print('never')
x = 3
if x == 1:
    pass
elif x == 3:
print('three')
