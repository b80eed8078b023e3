line = '=' * 20
print(line)
print('ab' + 'cd' * 2)
s = ''
for i in range(5):
    s = s + str(i)
print(s)
print('-' * 0 + '|')
print('%s' % ('x' * 3))
