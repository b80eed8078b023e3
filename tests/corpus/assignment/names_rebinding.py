x = 1
print(x)
x = 'now a string'
print(x)
x = [x, x]
print(x)
x = None
print(x)
len_of = len
print(len_of('four'))
p = print
p('via alias')
