d = {}
d['z'] = 1
d['a'] = 2
d['m'] = 3
print(d)
d['a'] = 'updated'
print(d)
del d['z']
d['z'] = 'back'
print(d)
print(list(d))
d.pop('m')
d['m'] = 'end'
print(list(d.items()))
