data = {'name': 'Ada', 'age': 36, 'lang': 'math'}
print('%(name)s is %(age)d' % data)
print('%(name)r likes %(lang)s' % data)
print('%(age)05d|%(name)-6s|' % data)
print('%(missing)s' % {'missing': 'present'})
try:
    print('%(nope)s' % data)
except KeyError as e:
    print('KeyError', e)
