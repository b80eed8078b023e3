print('never')
s = """this string
never ends
x = 1
