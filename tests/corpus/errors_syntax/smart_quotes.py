print('never')
s = “hello”
