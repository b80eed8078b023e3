def make_ops(k):
    return {'add': lambda x: x + k, 'mul': lambda x: x * k}
ops = make_ops(3)
print(ops['add'](10), ops['mul'](10))
k = 1000
print(ops['add'](1))
adders = []
for n in [1, 2, 3]:
    adders.append((lambda m: lambda x: x + m)(n))
print(adders[0](0), adders[1](0), adders[2](0))
