words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '']
i = 0
while i < len(words) - 1:
    print(repr(words[i]), '<', repr(words[i + 1]), words[i] < words[i + 1])
    i += 1
print('a' == 'a', 'a' != 'A')
print('10' < '9', 10 < 9)
print(max('hello'), min('hello'))
print('abc' <= 'abc', 'abc' >= 'abd')
