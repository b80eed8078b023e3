print('never')
s = "hello world
