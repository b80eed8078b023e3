ba = bytearray(b"hello")
ba[0] = ord("j")
ba.append(33)
ba.extend(b"??")
print(ba, len(ba))
ba[1:3] = b"EE"
print(ba)
del ba[-2:]
print(ba, bytes(ba))
print(ba.pop(), ba)
