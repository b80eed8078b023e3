s = 'hello world, hello python'
print(s.find('hello'), s.rfind('hello'))
print(s.find('xyz'), s.rfind('xyz'))
print(s.find('o'), s.find('o', 5), s.find('o', 5, 7))
print(s.index('world'), s.find(''), s.rfind(''))
print('héllo'.find('l'))
try:
    s.index('missing')
except ValueError as e:
    print(e)
print(s.find('hello', 1), s.find('h', -6))
