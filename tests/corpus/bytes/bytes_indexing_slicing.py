b = b"hello world"
print(b[0], b[-1], b[1:5], b[::2], b[::-1])
print(len(b), b"wor" in b, 104 in b, b.count(b"o"))
print(list(b[:3]))
