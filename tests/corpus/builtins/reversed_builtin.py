print(list(reversed([1, 2, 3])))
print(list(reversed((1, 2))))
print(list(reversed('abc')))
print(list(reversed(range(5))))
print(tuple(reversed([])))
for ch in reversed('xyz'):
    print(ch, end='')
print()
s = ''
for ch in reversed('stressed'):
    s += ch
print(s)
