a = b"ab"
print(a + b"cd", a * 3, b"x" + bytes([0x41]))
print(a == b"ab", a < b"b", a != "ab")
parts = [b"x", b"yy", b"zzz"]
joined = b""
for p in parts:
    joined += p
print(joined, len(joined), joined * 0)
