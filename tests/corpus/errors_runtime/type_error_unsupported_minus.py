print('subtract')
print('abc' - 'a')
