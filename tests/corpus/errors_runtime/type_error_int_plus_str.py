print('adding')
print(1 + 'a')
