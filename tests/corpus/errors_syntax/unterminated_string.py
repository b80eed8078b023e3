print('never')
s = 'hello
print(s)
