try:
    undefined_thing
except:
    print('bare except caught something')
try:
    int('x')
except:
    print('again')
try:
    pass
except:
    print('never')
else:
    print('no exception')
