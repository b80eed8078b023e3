s = [0, 1, 2, 3, 4, 5]
print(s[-2:], s[:-2], s[-100:-4], s[4:-100])
print(s[::-1][:2], s[1:-1:2])
print(s[5:0:-2], s[0:5:-1], s[-1::-3])
print(s[len(s):], s[3:2])
print('python'[::-1], 'python'[-3:], 'python'[:2] + 'python'[2:])
print((1, 2, 3)[::-1], ()[1:], 'x'[5:])
copy = s[:]
copy.append(99)
print(len(s), len(copy))
try:
    s[::0]
except ValueError as e:
    print(e)
