print('never')
if False:
    pass
else:
print('x')
