print('never')
print(1 2)
