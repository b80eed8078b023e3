parts = []
for i in range(5):
    parts.append(str(i * i))
print(','.join(parts))
s = ''
for word in ['alpha', 'beta', 'gamma']:
    if s:
        s += ' | '
    s += word.upper()
print(s)
print('x'.join(['', '', '']))
print(len('ab' * 1000))
