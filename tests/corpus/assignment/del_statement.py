x = 5
del x
lst = [1, 2, 3, 4]
del lst[1]
print(lst)
del lst[-1]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
a = 1
b = 2
del a, b
try:
    print(a)
except NameError as e:
    print('NameError', e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
