data = b"abracadabra"
print(data.find(b"bra"), data.rfind(b"bra"), data.find(b"xyz"))
print(data.find(b"a", 1), data.find(b"a", 1, 3), data.rfind(b"a", 0, -1))
print(data.find(97), data.rfind(ord("c")), data.find(b""), data.rfind(b""))
print(data.find(b"", 11), data.find(b"", 12))
print(data.count(b"a"), data.count(b"abra"), data.count(b""), data.count(98, 2))
print(data.index(b"cad"), data.rindex(b"a"), data.index(100))
print(bytearray(data).find(b"d"), bytearray(data).count(bytearray(b"ab")))
try:
    data.index(b"zz")
except ValueError as e:
    print("ValueError:", e)
try:
    data.find("a")
except TypeError as e:
    print("TypeError:", e)
try:
    data.count(256)
except ValueError as e:
    print("ValueError:", e)
