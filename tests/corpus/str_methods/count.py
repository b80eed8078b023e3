print('banana'.count('a'), 'banana'.count('an'), 'banana'.count('ana'))
print('aaaa'.count('aa'))
print('abc'.count(''), ''.count(''))
print('hello'.count('l', 3), 'hello'.count('z'))
