print('never')
print(sep=)
