b = b"0123456789"
print(b[2:6], b[::-3], b[-2:])
ba = bytearray(b)
ba[::2] = b"abcde"
print(ba)
del ba[:5]
print(ba)
