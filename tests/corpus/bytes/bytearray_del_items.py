ba = bytearray(b"abcdefghij")
del ba[0]
print(ba)
del ba[-1]
print(ba)
del ba[2:4]
print(ba)
del ba[::2]
print(ba)
del ba[::-1]
print(ba, len(ba))
ba = bytearray(b"xyz")
del ba[5:]
print(ba)
try:
    del ba[3]
except IndexError as e:
    print("IndexError:", e)
