print('unpacking')
a, b = 42
