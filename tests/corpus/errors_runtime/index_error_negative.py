lst = ['x']
print(lst[-1])
print(lst[-2])
