print('never')
x = 1
doc = '''starts here
