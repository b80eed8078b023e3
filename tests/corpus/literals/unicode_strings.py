s = 'héllo'
print(s, len(s))
print(s[1], s[-1])
print(s.upper())
print(ord('é'), chr(233))
e = '😀'
print(len(e), ord(e))
print('中文字'[1])
print(repr('é'))
print('naïve café'[::-1])
print('ñ' * 3)
print(['ü'])
