print('Hello World'.upper(), 'Hello World'.lower())
print('ÉCOLE'.lower(), 'straße'.upper())
print('123abc!'.upper())
print(''.upper() == '')
s = 'MiXeD'
print(s.lower() == 'mixed', s)
