x = 'global'
def f():
    x = 'local'
    return x
def g():
    return x
print(f(), g(), x)
def h(x):
    x = x + '!'
    return x
print(h('param'), x)
def modifies(lst):
    lst.append(4)
    lst = [0]
    lst.append(9)
    return lst
data = [1, 2, 3]
print(modifies(data), data)
