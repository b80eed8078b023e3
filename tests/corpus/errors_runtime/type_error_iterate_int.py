print('iterating')
for x in 10:
    print(x)
