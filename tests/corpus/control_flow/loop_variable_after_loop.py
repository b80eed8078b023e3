for i in range(5):
    pass
print(i)
for ch in 'abc':
    pass
print(ch)
j = 'unchanged'
for j in []:
    pass
print(j)
for x in [1, 2, 3]:
    x = x * 10
print(x)
