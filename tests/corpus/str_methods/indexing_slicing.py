s = 'abcdefg'
print(s[0], s[-1], s[3], s[-3])
print(s[1:4], s[:3], s[4:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[5:1:-1], s[-1:-4:-1])
print(repr(s[10:]), repr(s[4:2]), s[-100:100])
print(s[2:100], s[-100:2])
print('héllo'[1:3])
try:
    s[7]
except IndexError as e:
    print(e)
