funcs = []
for i in range(3):
    funcs.append(lambda: i)
print(funcs[0](), funcs[1](), funcs[2]())
funcs2 = []
for i in range(3):
    funcs2.append(lambda i=i: i)
print(funcs2[0](), funcs2[1](), funcs2[2]())
def make(n):
    return lambda: n
funcs3 = []
for i in range(3):
    funcs3.append(make(i))
print(funcs3[0](), funcs3[1](), funcs3[2]())
