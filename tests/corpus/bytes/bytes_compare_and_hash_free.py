items = [b"b", b"a", b"ab", b""]
print(sorted(items))
print(max(items), min(items))
print(b"abc" == bytearray(b"abc"))
