table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100])
print(b"aabbcc".translate(table), b"abcdef".translate(table, b"de"))
print(b"hello world".translate(None, b"lo"), bytearray(b"cab").translate(table))
print(bytearray.maketrans(b"a", b"b")[97])
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".translate(b"short")
except ValueError as e:
    print("ValueError:", e)
