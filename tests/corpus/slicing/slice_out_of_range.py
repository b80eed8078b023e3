xs = [1, 2, 3]
print(xs[5:10], xs[-10:2], xs[1:100], xs[-100:-50])
s = "abc"
print(repr(s[10:]), s[-10:], s[::-10])
