d = {1: 'one'}
print(d)
print(d[2])
