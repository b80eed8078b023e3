print('never')
if True:
print('not indented')
