lst = ['a', 'b', 'c', 'd', 'e']
del lst[0]
print(lst)
del lst[-1]
print(lst)
i = 1
del lst[i]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print(e)
