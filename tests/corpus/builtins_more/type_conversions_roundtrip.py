n = 255
s = str(n)
print(s, int(s) == n, float(s), hex(n), int(hex(n), 16))
print(list(str(12345)), int("".join(reversed(str(12345)))))
print(tuple([1, 2]), list((1, 2)), set([1, 1]), dict([(1, 2)]))
